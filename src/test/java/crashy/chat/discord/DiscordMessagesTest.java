package crashy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.message.ChatMessage;
import crashy.message.Moment;
import crashy.message.Tone;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscordMessagesTest {
    /** Markup with no backslash before it, or an escaped backslash: {@code *}, {@code \\*}, but not {@code \*}. */
    private static final Pattern UNESCAPED_MARKUP =
            Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*(?:[<@\\[*_`]|\\|\\||~~|(?m)^\\s*[>#-])");

    private static final Instant STARTED = Instant.ofEpochSecond(1_764_000_000L);

    @Test
    void escapesMarkdownAndMentionsSoTheTextStaysLiteral() {
        ChatMessage message = ChatMessage.titled(Tone.FAILURE, "__init__ failed", "**bold** @everyone <@123>")
                .withField("Path", "C:\\renders\\shot_010\\*.exr");

        MessageEmbed embed = DiscordMessages.embed(message);

        assertThat(embed.getTitle()).isEqualTo("\\_\\_init\\_\\_ failed");
        assertThat(embed.getDescription()).isEqualTo("\\*\\*bold\\*\\* \\@everyone \\<\\@123>");
        assertThat(embed.getFields().get(0).getValue()).isEqualTo("C:\\\\renders\\\\shot\\_010\\\\\\*.exr");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "**bold** @everyone @here <@123> <@&42> <#3000> <t:0:R> <:crashy:1>",
                "> quoted\n>>> block quote\n# Heading\n-# subtext\n- item\n 12. numbered",
                "[click me](https://evil.example) ||spoiler|| ~~gone~~ `code` ```block```",
                "C:\\renders\\shot_010\\beauty.*.exr \\*not bold\\* \\\\server\\share",
                "under_score *star* _lean_ __under__ ***both***"
            })
    void showsAnyTextExactlyAsWrittenOnceDiscordReadsItsEscapes(String text) {
        String escaped = DiscordMarkdown.escaped(text);

        assertThat(discordShows(escaped)).isEqualTo(text);
        assertThat(UNESCAPED_MARKUP.matcher(escaped).find()).as(escaped).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void coloursTheEmbedByTone(Tone tone) {
        MessageEmbed embed = DiscordMessages.embed(ChatMessage.titled(tone, "Job", "text"));

        assertThat(embed.getColorRaw()).isEqualTo(tone.rgb());
    }

    @Test
    void showsMomentsAsRelativeDiscordTimestamps() {
        ChatMessage message = ChatMessage.titled(Tone.PROGRESS, "shot010", "Started " + Moment.of(STARTED))
                .withField("Updated", Moment.of(STARTED.plusSeconds(60)));

        MessageEmbed embed = DiscordMessages.embed(message);

        assertThat(embed.getDescription()).isEqualTo("Started <t:1764000000:R>");
        assertThat(embed.getFields().get(0).getValue()).isEqualTo("<t:1764000060:R>");
    }

    @Test
    void cutsTitlesAndFieldsToDiscordsLimitsWithoutBreakingAnEscape() {
        ChatMessage message =
                ChatMessage.titled(Tone.WARNING, "t".repeat(300), "body").withField("n".repeat(300), "*".repeat(1100));

        MessageEmbed embed = DiscordMessages.embed(message);

        assertThat(embed.getTitle()).hasSize(256).endsWith("t…");
        MessageEmbed.Field field = embed.getFields().get(0);
        assertThat(field.getName()).hasSize(256).endsWith("n…");
        assertThat(field.getValue()).hasSizeLessThanOrEqualTo(1024).matches("(\\\\\\*)+…");
    }

    @Test
    void keepsAtMost25FieldsAndTheWholeEmbedWithin6000Characters() {
        ChatMessage many = ChatMessage.titled(Tone.NEUTRAL, "Many", "fields");
        for (int i = 0; i < 30; i++) {
            many = many.withField("Field " + i, "v");
        }
        ChatMessage longOnes = ChatMessage.titled(Tone.NEUTRAL, "Long", "fields");
        for (int i = 0; i < 10; i++) {
            longOnes = longOnes.withField("Field " + i, "x".repeat(1000));
        }

        assertThat(DiscordMessages.embed(many).getFields()).hasSize(25);
        MessageEmbed longEmbed = DiscordMessages.embed(longOnes);
        assertThat(longEmbed.getFields()).hasSize(5);
        assertThat(longEmbed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    }

    @Test
    void showsAMessageWithoutTitleAsItsDescriptionAndAnEmptyOneAsABlank() {
        assertThat(DiscordMessages.embed(ChatMessage.text("Linked.")).getTitle())
                .isNull();
        assertThat(DiscordMessages.embed(ChatMessage.text("Linked.")).getDescription())
                .isEqualTo("Linked.");
        assertThat(DiscordMessages.embed(ChatMessage.text("")).isSendable()).isTrue();
    }

    @Test
    void turnsButtonsIntoRowsOfFiveWhoseCustomIdsAreTheCommands() {
        ChatMessage message = ChatMessage.titled(Tone.NEUTRAL, "Jobs", "");
        for (int i = 0; i < 7; i++) {
            message = message.withButton("Status " + i, "status job" + i);
        }
        message = message.withButton("Again", "status job0").withButton("**Why?**", "why job0");

        List<ActionRow> rows = DiscordMessages.buttons(message);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getButtons()).hasSize(5);
        List<Button> buttons =
                rows.stream().flatMap(row -> row.getButtons().stream()).toList();
        List<String> expected = Stream.concat(
                        IntStream.range(0, 7).mapToObj(i -> "status job" + i), Stream.of("why job0"))
                .toList();
        assertThat(buttons).extracting(Button::getCustomId).containsExactlyElementsOf(expected);
        assertThat(buttons.get(7).getLabel()).isEqualTo("**Why?**");
    }

    @Test
    void mentionsNobodyAndSilencesOnlyLivingMessages() {
        ChatMessage message = ChatMessage.titled(Tone.SUCCESS, "✅ Finished: shot010", "@everyone");

        DataObject loud = json(DiscordMessages.create(message, false));
        DataObject silent = json(DiscordMessages.create(message, true));
        DataObject edited = DiscordMessages.edit(message).toData();

        for (DataObject payload : List.of(loud, silent, edited)) {
            assertThat(payload.getObject("allowed_mentions").getArray("parse").isEmpty())
                    .isTrue();
            assertThat(payload.getObject("allowed_mentions").getBoolean("replied_user", true))
                    .isFalse();
        }
        assertThat(loud.getInt("flags", 0) & 4096).isZero();
        assertThat(silent.getInt("flags", 0) & 4096).isEqualTo(4096);
    }

    @Test
    void anEditWithoutButtonsRemovesTheOldOnes() {
        DataObject edited = DiscordMessages.edit(ChatMessage.text("done")).toData();

        assertThat(edited.getArray("components").isEmpty()).isTrue();
    }

    private static DataObject json(MessageCreateData data) {
        try (data) {
            return data.toData();
        }
    }

    /** What Discord shows for markdown made only of text and escapes: a backslash before punctuation drops out. */
    private static String discordShows(String markdown) {
        return markdown.replaceAll("\\\\([^0-9A-Za-z\\s])", "$1");
    }
}
