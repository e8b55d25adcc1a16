package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.message.ChatMessage;
import crashy.message.Moment;
import crashy.message.Tone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class TelegramMessagesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T21:04:00Z");

    @Test
    void escapesEveryPieceOfTextSoNothingBecomesMarkup() {
        // given
        ChatMessage message = ChatMessage.titled(Tone.FAILURE, "❌ Failed: <b>@everyone</b> & co", "see <a href=x>")
                .withField("User", "bob & <alice>")
                .withField("<i>Pool</i>", "gpu");

        // when
        String html = TelegramMessages.html(message, NOW);

        // then
        assertThat(html)
                .isEqualTo("<b>❌ Failed: &lt;b&gt;@everyone&lt;/b&gt; &amp; co</b>\n"
                        + "see &lt;a href=x&gt;\n"
                        + "<b>User:</b> bob &amp; &lt;alice&gt;\n"
                        + "<b>&lt;i&gt;Pool&lt;/i&gt;:</b> gpu");
    }

    @Test
    void keepsJobNamesAsTheyAreOnceUnescaped() {
        // given
        String job = "shot<010>_comp & grade v2 </b>";
        ChatMessage message = ChatMessage.titled(Tone.SUCCESS, "✅ Finished: " + job, "4 tasks in 3m");

        // when
        String html = TelegramMessages.html(message, NOW);

        // then
        assertThat(html).startsWith("<b>✅ Finished: shot&lt;010&gt;_comp &amp; grade v2 &lt;/b&gt;</b>\n");
        assertThat(plain(html)).isEqualTo("✅ Finished: " + job + "\n4 tasks in 3m");
    }

    @Test
    void writesMomentsOutAsTheTimeAndHowLongAgo() {
        // given
        ChatMessage message = ChatMessage.text("Started " + Moment.of(NOW.minus(Duration.ofMinutes(3))))
                .withField("Due", Moment.of(NOW.plus(Duration.ofMinutes(126))));

        // when
        String html = TelegramMessages.html(message, NOW);

        // then
        assertThat(html).matches("Started \\d\\d:\\d\\d \\(3m ago\\)\n<b>Due:</b> \\d\\d:\\d\\d \\(in 2h 6m\\)");
        assertThat(html).doesNotContain("⟦");
    }

    @Test
    void cutsWhatDoesNotFitInTelegramsLimitAndSaysSo() {
        // given
        ChatMessage message = ChatMessage.titled(Tone.WARNING, "⚠️ Errors & more", "x".repeat(ChatMessage.MAX_BODY));
        for (int i = 0; i < 20; i++) {
            message = message.withField("Error " + i, "<" + "e".repeat(200) + ">");
        }

        // when
        String html = TelegramMessages.html(message, NOW);

        // then
        assertThat(plain(html)).hasSize(TelegramMessages.MAX_TEXT).endsWith("…");
        assertThat(html).doesNotContain("&l…").doesNotContain("&g…");
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        for (String name : List.of("F", "FF")) {
            // given: field lines of different lengths, so that one of them is cut inside a pair of chars
            ChatMessage message = ChatMessage.text("progress");
            for (int i = 0; i < 30; i++) {
                message = message.withField(name, "🟦".repeat(100));
            }

            // when
            String plain = plain(TelegramMessages.html(message, NOW));

            // then
            assertThat(plain)
                    .hasSizeLessThanOrEqualTo(TelegramMessages.MAX_TEXT)
                    .endsWith("🟦…");
        }
    }

    @Test
    void turnsButtonsIntoAKeyboardWhoseCallbackDataIsTheCommand() {
        // given
        ChatMessage message = ChatMessage.text("Job 64f0")
                .withButton("Status", "status 64f0c2a1e4b0a1b2c3d4e5f6")
                .withButton("Mute", "mute 64f0c2a1e4b0a1b2c3d4e5f6")
                .withButton("Unsubscribe", "unsubscribe 64f0c2a1e4b0a1b2c3d4e5f6")
                .withButton("Help", "help");

        // when
        InlineKeyboardMarkup keyboard = TelegramMessages.keyboard(message).orElseThrow();

        // then
        assertThat(keyboard.getKeyboard())
                .extracting(row ->
                        row.stream().map(InlineKeyboardButton::getCallbackData).toList())
                .containsExactly(
                        List.of(
                                "status 64f0c2a1e4b0a1b2c3d4e5f6",
                                "mute 64f0c2a1e4b0a1b2c3d4e5f6",
                                "unsubscribe 64f0c2a1e4b0a1b2c3d4e5f6"),
                        List.of("help"));
        assertThat(keyboard.getKeyboard().get(0).get(0).getText()).isEqualTo("Status");
    }

    @Test
    void hasNoKeyboardWithoutButtons() {
        assertThat(TelegramMessages.keyboard(ChatMessage.text("hi"))).isEmpty();
        assertThat(TelegramMessages.send(42, ChatMessage.text("hi"), NOW, false).getReplyMarkup())
                .isNull();
    }

    @Test
    void sendsSilentlyOnlyWhenAsked() {
        // when
        SendMessage silent = TelegramMessages.send(42, ChatMessage.text("progress"), NOW, true);
        SendMessage buzzing = TelegramMessages.send(42, ChatMessage.text("finished"), NOW, false);

        // then
        assertThat(silent.getDisableNotification()).isTrue();
        assertThat(buzzing.getDisableNotification()).isNull();
        assertThat(silent.getChatId()).isEqualTo("42");
        assertThat(silent.getParseMode()).isEqualToIgnoringCase("HTML");
    }

    /** What the reader sees: tags gone, the three entities decoded. */
    private static String plain(String html) {
        return html.replace("<b>", "")
                .replace("</b>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
