package crashy.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message as Crashy means it, before a platform renders it: a tone, a title, a body, fields and buttons, all
 * plain text, and perhaps a {@link Picture}. Moments in the text are {@link Moment} tokens, shown by each platform in
 * its own way.
 */
public record ChatMessage(
        Tone tone, String title, String body, List<Field> fields, List<Button> buttons, Optional<Picture> picture) {
    public static final int MAX_BODY = 1800;

    public ChatMessage {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        if (body.length() > MAX_BODY) {
            // Never half an emoji: a lone surrogate cannot be encoded for any platform.
            int end = Character.isHighSurrogate(body.charAt(MAX_BODY - 2)) ? MAX_BODY - 2 : MAX_BODY - 1;
            body = body.substring(0, end) + "…";
        }
        fields = List.copyOf(fields);
        buttons = List.copyOf(buttons);
        Objects.requireNonNull(picture, "picture");
    }

    public ChatMessage(Tone tone, String title, String body, List<Field> fields, List<Button> buttons) {
        this(tone, title, body, fields, buttons, Optional.empty());
    }

    public static ChatMessage text(String body) {
        return new ChatMessage(Tone.NEUTRAL, "", body, List.of(), List.of());
    }

    public static ChatMessage titled(Tone tone, String title, String body) {
        return new ChatMessage(tone, title, body, List.of(), List.of());
    }

    public ChatMessage withField(String name, String value) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value));
        return new ChatMessage(tone, title, body, more, buttons, picture);
    }

    public ChatMessage withButton(String label, String command) {
        List<Button> more = new ArrayList<>(buttons);
        more.add(new Button(label, command));
        return new ChatMessage(tone, title, body, fields, more, picture);
    }

    public ChatMessage withPicture(Picture shown) {
        return new ChatMessage(tone, title, body, fields, buttons, Optional.of(shown));
    }

    /** The same message without its picture: what is left to show when the picture cannot be drawn. */
    public ChatMessage withoutPicture() {
        return new ChatMessage(tone, title, body, fields, buttons, Optional.empty());
    }

    /** The whole message as plain text, moments written out: for the terminal, logs and tests. */
    public String plainText(java.time.Instant now) {
        StringBuilder text = new StringBuilder();
        if (!title.isEmpty()) {
            text.append(title).append('\n');
        }
        if (!body.isEmpty()) {
            text.append(body).append('\n');
        }
        fields.forEach(field ->
                text.append(field.name()).append(": ").append(field.value()).append('\n'));
        if (!buttons.isEmpty()) {
            text.append(String.join(
                    "  ", buttons.stream().map(b -> "[" + b.label() + "]").toList()));
        }
        return Moment.written(text.toString().stripTrailing(), now);
    }
}
