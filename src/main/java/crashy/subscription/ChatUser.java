package crashy.subscription;

import crashy.job.JobEventKind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A chat user Crashy knows: the Deadline user they are linked to (if any), whether an admin locked that link, whether
 * their own jobs are followed automatically, which events they want a DM about, and since when DMs to them fail.
 */
public record ChatUser(
        ChatUserId id,
        String displayName,
        @Nullable String deadlineUser,
        boolean linkLocked,
        boolean followsOwnJobs,
        Set<JobEventKind> notifyOn,
        @Nullable Instant undeliverableSince,
        String undeliverableReason) {

    /** What a new user hears about: how their renders end, and when they start erroring. */
    public static final Set<JobEventKind> DEFAULT_EVENTS =
            Set.copyOf(EnumSet.of(JobEventKind.COMPLETED, JobEventKind.FAILED, JobEventKind.ERRORED));

    /** The events a user may choose to hear about. */
    public static final Set<JobEventKind> CHOOSABLE_EVENTS = Set.copyOf(EnumSet.of(
            JobEventKind.COMPLETED,
            JobEventKind.FAILED,
            JobEventKind.ERRORED,
            JobEventKind.FIRST_TASK_COMPLETED,
            JobEventKind.SUSPENDED,
            JobEventKind.DELETED));

    public ChatUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        notifyOn = notifyOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notifyOn));
        Objects.requireNonNull(undeliverableReason, "undeliverableReason");
    }

    public static ChatUser newcomer(ChatUserId id, String displayName) {
        return new ChatUser(id, displayName, null, false, true, DEFAULT_EVENTS, null, "");
    }

    public Optional<String> linkedTo() {
        return Optional.ofNullable(deadlineUser);
    }

    public boolean isLinked() {
        return deadlineUser != null;
    }

    public ChatUser linked(@Nullable String deadline, boolean locked) {
        return new ChatUser(
                id, displayName, deadline, locked, followsOwnJobs, notifyOn, undeliverableSince, undeliverableReason);
    }

    public ChatUser withSettings(boolean followOwn, Set<JobEventKind> events) {
        return new ChatUser(
                id, displayName, deadlineUser, linkLocked, followOwn, events, undeliverableSince, undeliverableReason);
    }

    public ChatUser withDisplayName(String name) {
        return new ChatUser(
                id, name, deadlineUser, linkLocked, followsOwnJobs, notifyOn, undeliverableSince, undeliverableReason);
    }

    public ChatUser undeliverable(@Nullable Instant since, String reason) {
        return new ChatUser(id, displayName, deadlineUser, linkLocked, followsOwnJobs, notifyOn, since, reason);
    }
}
