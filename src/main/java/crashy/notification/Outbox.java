package crashy.notification;

import crashy.job.JobId;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The persistent queue of notifications. A notification is stored before any attempt to send it and stays until it
 * was sent, found undeliverable, or given up on; the same notification cannot be queued twice.
 */
public interface Outbox {
    /** Queues the notifications, due now, silently skipping any that were queued before; returns how many were new. */
    default int enqueue(List<Notification> notifications, Instant now) {
        return enqueue(notifications, now, now);
    }

    /** Like {@link #enqueue(List, Instant)}, the notifications falling due at {@code dueAt}, which may be past. */
    int enqueue(List<Notification> notifications, Instant queuedAt, Instant dueAt);

    /**
     * Pending notifications of a platform due by {@code now}, except those to the users given (by their id on the
     * platform): new DMs first, then amendments, then living messages, each in the order they fell due.
     */
    List<QueuedNotification> due(ChatPlatform platform, Instant now, int limit, Collection<String> exceptUsers);

    /** When the first pending notification of a platform that is not due by {@code now} falls due. */
    Optional<Instant> nextDueAfter(ChatPlatform platform, Instant now);

    /** Marks the notification sent, unless it changed since it was read (then it stays pending, to send again). */
    void markSent(QueuedNotification sent, String messageRef, Instant at);

    void retryAt(long id, Instant due, String why);

    void markUndeliverable(long id, String why);

    void markGivenUp(long id, String why);

    /** Drops pending live updates of this user and job older than {@code id}: only the newest is worth sending. */
    void supersedeLive(ChatUserId user, JobId job, long id);

    /**
     * Replaces the content of a {@link Mode#NEW} notification by queueing (or refreshing, if one waits already) an
     * {@link Mode#AMEND} edit of it, sent once the message itself is.
     */
    void amend(Notification sentOrPending, Instant now);

    /** The platform's reference of the sent {@link Mode#NEW} message for this user, job and event. */
    Optional<String> sentMessage(ChatUserId user, JobId job, long eventSequence);

    Optional<LiveMessage> liveMessage(ChatUserId user, JobId job);

    void saveLiveMessage(ChatUserId user, JobId job, String messageRef, Instant at);

    /** Notifications to this user that could not be delivered, newest first. */
    List<QueuedNotification> undelivered(ChatUserId user, int limit);

    /** How many notifications are waiting, for health reports and benchmarks. */
    int pendingCount();
}
