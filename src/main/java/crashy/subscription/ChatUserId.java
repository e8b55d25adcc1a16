package crashy.subscription;

import java.util.Objects;

/** A chat user as their platform identifies them (a Discord snowflake, a Telegram user id). */
public record ChatUserId(ChatPlatform platform, String value) {
    public ChatUserId {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a chat user id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + value;
    }
}
