package crashy.chat.discord;

import crashy.message.ChatMessage;
import crashy.message.Field;
import crashy.notification.Outgoing;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Draws a {@link ChatMessage} for Discord: one embed (title, description and fields escaped and cut to Discord's
 * limits, the colour of its tone, moments as relative timestamps) and rows of buttons whose custom ids are the
 * commands they run; a picture as an attached JPEG shown inside the embed. No message Crashy sends may mention anyone.
 */
final class DiscordMessages {
    static final int MAX_FIELDS = 25;
    private static final int MAX_BUTTONS = 25;
    /** A field this short sits beside its neighbours. */
    private static final int INLINE_VALUE = 32;

    private DiscordMessages() {}

    static MessageCreateData create(ChatMessage message, boolean silent) {
        return create(new Outgoing(message, Optional.empty()), silent);
    }

    static MessageCreateData create(Outgoing outgoing, boolean silent) {
        return new MessageCreateBuilder()
                .setEmbeds(embed(outgoing))
                .setFiles(files(outgoing))
                .setComponents(buttons(outgoing.message()))
                .setSuppressedNotifications(silent)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }

    /** The whole message anew: an edit that has no buttons removes the old ones, one with a picture replaces it. */
    static MessageEditData edit(ChatMessage message) {
        return edit(new Outgoing(message, Optional.empty()));
    }

    static MessageEditData edit(Outgoing outgoing) {
        MessageEditBuilder edit = new MessageEditBuilder()
                .setEmbeds(embed(outgoing))
                .setComponents(buttons(outgoing.message()))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        if (outgoing.attachment().isPresent()) {
            edit.setFiles(files(outgoing));
        }
        return edit.build();
    }

    private static MessageEmbed embed(Outgoing outgoing) {
        MessageEmbed embed = embed(outgoing.message());
        return outgoing.attachment()
                .map(picture -> new EmbedBuilder(embed)
                        .setImage("attachment://" + picture.fileName())
                        .build())
                .orElse(embed);
    }

    private static List<FileUpload> files(Outgoing outgoing) {
        return outgoing.attachment().stream()
                .map(picture -> FileUpload.fromData(picture.jpeg(), picture.fileName()))
                .toList();
    }

    static MessageEmbed embed(ChatMessage message) {
        EmbedBuilder embed = new EmbedBuilder().setColor(message.tone().rgb());
        int left = MessageEmbed.EMBED_MAX_LENGTH_BOT;
        if (!message.title().isBlank()) {
            String title = DiscordMarkdown.shown(message.title(), MessageEmbed.TITLE_MAX_LENGTH);
            embed.setTitle(title);
            left -= title.length();
        }
        String description = DiscordMarkdown.shown(message.body(), Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, left));
        embed.setDescription(description);
        left -= description.length();
        for (Field field : message.fields().stream().limit(MAX_FIELDS).toList()) {
            String name = DiscordMarkdown.shown(field.name(), MessageEmbed.TITLE_MAX_LENGTH);
            String value = DiscordMarkdown.shown(field.value(), MessageEmbed.VALUE_MAX_LENGTH);
            if (name.length() + value.length() > left) {
                break;
            }
            embed.addField(name, value, value.length() <= INLINE_VALUE && !value.contains("\n"));
            left -= name.length() + value.length();
        }
        if (embed.isEmpty()) {
            embed.setDescription(EmbedBuilder.ZERO_WIDTH_SPACE);
        }
        return embed.build();
    }

    /**
     * Up to five rows of five buttons. A button's custom id is its command, which Discord wants unique in a message,
     * so a command shown twice keeps its first button.
     */
    static List<ActionRow> buttons(ChatMessage message) {
        Map<String, Button> unique = new LinkedHashMap<>();
        for (crashy.message.Button button : message.buttons()) {
            if (!button.command().isBlank() && unique.size() < MAX_BUTTONS) {
                unique.putIfAbsent(button.command(), secondary(button));
            }
        }
        return unique.isEmpty() ? List.of() : ActionRow.partitionOf(new ArrayList<>(unique.values()));
    }

    /** Labels are shown as typed, never as markdown; an empty one shows the command. */
    private static Button secondary(crashy.message.Button button) {
        String label =
                button.label().isBlank() ? button.command() : button.label().strip();
        return Button.secondary(button.command(), DiscordMarkdown.cut(label, Button.LABEL_MAX_LENGTH));
    }
}
