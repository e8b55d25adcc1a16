package crashy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BotApiSpecTest {
    private static final BotApiSpec SPEC = BotApiSpec.load();

    @Test
    void findsMethodsInAnyLetterCase() {
        assertThat(SPEC.methodNamed("sendmessage")).contains("sendMessage");
        assertThat(SPEC.methodNamed("DELETEWEBHOOK")).contains("deleteWebhook");
        assertThat(SPEC.methodNamed("sendCarrierPigeon")).isEmpty();
    }

    @Test
    void acceptsWhatTelegrambotsSendsForAMessageWithAKeyboard() {
        // given: chat_id as a string, the library's own method field, a nested keyboard
        ObjectNode body = json("{\"chat_id\":\"42\",\"text\":\"<b>2 jobs</b>\",\"parse_mode\":\"html\","
                + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Refresh\",\"callback_data\":\"refresh\"}]]},"
                + "\"method\":\"sendmessage\"}");

        // expect
        assertThat(SPEC.problems("sendMessage", jsonCall(body))).isEmpty();
    }

    @Test
    void namesMissingUnknownAndWronglyTypedParameters() {
        // given
        ObjectNode body = json("{\"text\":7,\"colour\":\"red\",\"disable_notification\":\"yes\"}");

        // expect
        assertThat(SPEC.problems("sendMessage", jsonCall(body)))
                .containsExactlyInAnyOrder(
                        "text should be String, was 7",
                        "colour is not a parameter of sendMessage",
                        "disable_notification should be Boolean, was \"yes\"",
                        "chat_id is required");
    }

    @Test
    void acceptsAnIntegerOrAStringChatIdButNothingElse() {
        assertThat(SPEC.problems("sendMessage", jsonCall(json("{\"chat_id\":42,\"text\":\"a\"}"))))
                .isEmpty();
        assertThat(SPEC.problems("sendMessage", jsonCall(json("{\"chat_id\":4.2,\"text\":\"a\"}"))))
                .containsExactly("chat_id should be Integer or String, was 4.2");
    }

    @Test
    void checksObjectsFieldByFieldDownToTheButtons() {
        // given: a button without text and with a field that does not exist
        ObjectNode body = json("{\"chat_id\":\"42\",\"text\":\"a\",\"reply_markup\":"
                + "{\"inline_keyboard\":[[{\"callback_data\":\"x\",\"colour\":\"red\"}]]}}");

        // expect: the keyboard is read as the one kind of markup whose shape fits best
        assertThat(SPEC.problems("sendMessage", jsonCall(body)))
                .containsExactlyInAnyOrder(
                        "reply_markup.inline_keyboard[0][0].colour is not a field of InlineKeyboardButton",
                        "reply_markup.inline_keyboard[0][0].text is required in InlineKeyboardButton");
    }

    @Test
    void tellsTheKindsOfAUnionApartByTheirFixedType() {
        // given: the chat scope needs a chat_id
        ObjectNode body = json("{\"commands\":[{\"command\":\"status\",\"description\":\"Status\"}],"
                + "\"scope\":{\"type\":\"chat\"}}");

        // expect
        assertThat(SPEC.problems("setMyCommands", jsonCall(body)))
                .contains("scope.chat_id is required in BotCommandScopeChat");
        assertThat(SPEC.problems(
                        "setMyCommands",
                        jsonCall(json("{\"commands\":[],\"scope\":{\"type\":\"all_private_chats\"}}"))))
                .isEmpty();
    }

    @Test
    void readsAFormsTextByTheDeclaredTypesAndResolvesAttachments() {
        // given: what telegrambots sends for sendPhoto
        ObjectNode fields = json("{\"chat_id\":\"42\",\"photo\":\"attach://chart.png\",\"caption\":\"Frame 12\","
                + "\"caption_entities\":\"[]\",\"disable_notification\":\"true\"}");
        Map<String, Upload> uploads = Map.of("chart.png", new Upload("chart.png", new byte[] {1, 2}));

        // expect
        assertThat(SPEC.problems("sendPhoto", new Parameters(fields, true, uploads)))
                .isEmpty();
    }

    @Test
    void refusesAFormWithADanglingAttachmentOrAStrayUpload() {
        // given
        ObjectNode fields = json("{\"chat_id\":\"42\",\"photo\":\"attach://chart.png\",\"has_spoiler\":\"maybe\"}");
        Map<String, Upload> uploads = Map.of("other.png", new Upload("other.png", new byte[] {1}));

        // expect
        assertThat(SPEC.problems("sendPhoto", new Parameters(fields, true, uploads)))
                .containsExactlyInAnyOrder(
                        "photo names attach://chart.png but no part of that name was uploaded",
                        "has_spoiler should be Boolean, was \"maybe\"",
                        "uploaded part other.png is no parameter and no attach:// names it");
    }

    @Test
    void acceptsAnUploadInAPartNamedLikeTheParameter() {
        // given
        Map<String, Upload> uploads = Map.of("document", new Upload("job-7.log", new byte[] {1}));

        // expect
        assertThat(SPEC.problems("sendDocument", new Parameters(json("{\"chat_id\":\"42\"}"), true, uploads)))
                .isEmpty();
    }

    private static Parameters jsonCall(ObjectNode body) {
        return new Parameters(body, false, Map.of());
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) Parameters.parse(text);
    }
}
