package crashy.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatMessageTest {

    @Test
    void cutsALongBodyWithoutSplittingAnEmoji() {
        // given: 1799 chars of emoji pairs would end in the middle of one
        String body = "🟦".repeat(ChatMessage.MAX_BODY);

        // when
        String cut = ChatMessage.text(body).body();

        // then
        assertThat(cut).hasSizeLessThanOrEqualTo(ChatMessage.MAX_BODY).endsWith("🟦…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void cutsALongPlainBodyToTheLimit() {
        assertThat(ChatMessage.text("x".repeat(5000)).body())
                .hasSize(ChatMessage.MAX_BODY)
                .endsWith("x…");
    }
}
