package crashy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crashy.job.JobId;
import crashy.message.ChatMessage;
import crashy.message.Picture;
import crashy.message.Tone;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

    @Test
    void readsBackEveryPartOfAMessageIncludingThePictureItNames() {
        ChatMessage message = ChatMessage.titled(Tone.SUCCESS, "✅ Finished: \"shot\" <010>", "240 tasks\nin 9m")
                .withField("User", "alice")
                .withButton("Status", "status a1")
                .withPicture(Picture.frame(new JobId("a1"), -12));

        assertThat(MessageCodec.read(MessageCodec.write(message))).isEqualTo(message);
        assertThat(MessageCodec.read(MessageCodec.write(message.withoutPicture())))
                .isEqualTo(message.withoutPicture());
    }

    @Test
    void aRowItCannotReadIsATypedFailure() {
        assertThatThrownBy(() -> MessageCodec.read("{\"tone\":\"LOUD\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("a queued message could not be read back");
    }
}
