package crashy.notification;

import crashy.job.JobEventKind;
import crashy.job.JobId;
import crashy.message.ChatMessage;
import crashy.subscription.ChatUserId;
import java.util.Objects;

/** One message for one user about one event of one job, before it is queued. */
public record Notification(
        ChatUserId user, JobId job, long eventSequence, JobEventKind kind, Mode mode, ChatMessage message) {
    public Notification {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(message, "message");
    }

    /** The same for every attempt at this notification, whatever process makes it. */
    public String key() {
        return user + "/" + job + "/" + eventSequence + "/" + mode;
    }
}
