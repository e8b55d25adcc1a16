package crashy.subscription;

import java.util.Objects;

/** A user who hears about a job, and how much: everything ({@link Interest#FOLLOW}) or only the end. */
public record Recipient(ChatUser user, Interest interest) {
    public Recipient {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(interest, "interest");
    }
}
