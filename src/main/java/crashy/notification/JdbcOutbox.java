package crashy.notification;

import crashy.job.JobEventKind;
import crashy.job.JobId;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox in the embedded H2 database; the unique key on user, job, event and mode keeps it free of doubles. */
@Component
final class JdbcOutbox implements Outbox {
    private static final String COLUMNS =
            "id, platform, user_id, job_id, event_seq, kind, mode, payload, attempts, created_at, version";

    private final JdbcClient jdbc;

    JdbcOutbox(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public int enqueue(List<Notification> notifications, Instant queuedAt, Instant dueAt) {
        int added = 0;
        for (Notification n : notifications) {
            added += jdbc.sql("INSERT INTO outbox (platform, user_id, job_id, event_seq, kind, mode, payload, state,"
                            + " due_at, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM outbox WHERE platform = ? AND user_id = ? AND job_id = ?"
                            + " AND event_seq = ? AND mode = ?)")
                    .params(
                            n.user().platform().name(),
                            n.user().value(),
                            n.job().value(),
                            n.eventSequence(),
                            n.kind().name(),
                            n.mode().name(),
                            MessageCodec.write(n.message()),
                            Timestamp.from(dueAt),
                            Timestamp.from(queuedAt),
                            n.user().platform().name(),
                            n.user().value(),
                            n.job().value(),
                            n.eventSequence(),
                            n.mode().name())
                    .update();
        }
        return added;
    }

    @Override
    public List<QueuedNotification> due(ChatPlatform platform, Instant now, int limit, Collection<String> exceptUsers) {
        // A list that is never empty keeps NOT IN valid; no platform has an empty user id.
        List<String> except = exceptUsers.isEmpty() ? List.of("") : List.copyOf(exceptUsers);
        // Of a job's pending living-message updates only the newest is handed out; sending it drops the others.
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox o WHERE state = 'PENDING' AND platform = :platform"
                        + " AND due_at <= :now AND user_id NOT IN (:except)"
                        + " AND NOT (mode = 'LIVE' AND EXISTS (SELECT 1 FROM outbox n WHERE n.state = 'PENDING'"
                        + " AND n.mode = 'LIVE' AND n.platform = o.platform AND n.user_id = o.user_id"
                        + " AND n.job_id = o.job_id AND n.id > o.id))"
                        + " ORDER BY CASE mode WHEN 'NEW' THEN 0 WHEN 'AMEND' THEN 1 ELSE 2 END, due_at, id"
                        + " LIMIT :limit")
                .param("platform", platform.name())
                .param("now", Timestamp.from(now))
                .param("except", except)
                .param("limit", limit)
                .query(JdbcOutbox::queued)
                .list();
    }

    @Override
    public Optional<Instant> nextDueAfter(ChatPlatform platform, Instant now) {
        return jdbc.sql("SELECT MIN(due_at) FROM outbox WHERE state = 'PENDING' AND platform = ? AND due_at > ?")
                .params(platform.name(), Timestamp.from(now))
                .query((rs, row) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant);
    }

    @Override
    public void markSent(QueuedNotification sent, String messageRef, Instant at) {
        // Only the version that was sent: an amendment that came in meanwhile stays pending and goes out next.
        jdbc.sql("UPDATE outbox SET state = 'SENT', sent_at = ?, message_ref = ?, attempts = attempts + 1"
                        + " WHERE id = ? AND version = ?")
                .params(Timestamp.from(at), messageRef, sent.id(), sent.version())
                .update();
    }

    @Override
    public void retryAt(long id, Instant due, String why) {
        jdbc.sql("UPDATE outbox SET due_at = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?")
                .params(Timestamp.from(due), shortened(why), id)
                .update();
    }

    @Override
    public void markUndeliverable(long id, String why) {
        finish(id, "UNDELIVERABLE", why);
    }

    @Override
    public void markGivenUp(long id, String why) {
        finish(id, "GAVE_UP", why);
    }

    @Override
    public void supersedeLive(ChatUserId user, JobId job, long id) {
        jdbc.sql("UPDATE outbox SET state = 'SUPERSEDED' WHERE state = 'PENDING' AND mode = 'LIVE'"
                        + " AND platform = ? AND user_id = ? AND job_id = ? AND id < ?")
                .params(user.platform().name(), user.value(), job.value(), id)
                .update();
    }

    @Override
    public void amend(Notification n, Instant now) {
        // Always as an edit of the sent message: changing a pending row in place would race with its delivery.
        String payload = MessageCodec.write(n.message());
        int refreshed = jdbc.sql("UPDATE outbox SET payload = ?, state = 'PENDING', due_at = ?, version = version + 1"
                        + " WHERE mode = 'AMEND' AND platform = ? AND user_id = ? AND job_id = ? AND event_seq = ?")
                .params(
                        payload,
                        Timestamp.from(now),
                        n.user().platform().name(),
                        n.user().value(),
                        n.job().value(),
                        n.eventSequence())
                .update();
        if (refreshed == 0) {
            enqueue(
                    List.of(new Notification(n.user(), n.job(), n.eventSequence(), n.kind(), Mode.AMEND, n.message())),
                    now);
        }
    }

    @Override
    public Optional<String> sentMessage(ChatUserId user, JobId job, long eventSequence) {
        return jdbc.sql("SELECT message_ref FROM outbox WHERE state = 'SENT' AND mode = 'NEW' AND platform = ?"
                        + " AND user_id = ? AND job_id = ? AND event_seq = ?")
                .params(user.platform().name(), user.value(), job.value(), eventSequence)
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<LiveMessage> liveMessage(ChatUserId user, JobId job) {
        return jdbc.sql("SELECT message_ref, updated_at FROM live_message WHERE platform = ? AND user_id = ?"
                        + " AND job_id = ?")
                .params(user.platform().name(), user.value(), job.value())
                .query((rs, row) ->
                        new LiveMessage(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    @Override
    public void saveLiveMessage(ChatUserId user, JobId job, String messageRef, Instant at) {
        jdbc.sql("MERGE INTO live_message (platform, user_id, job_id, message_ref, updated_at)"
                        + " KEY (platform, user_id, job_id) VALUES (?, ?, ?, ?, ?)")
                .params(user.platform().name(), user.value(), job.value(), messageRef, Timestamp.from(at))
                .update();
    }

    @Override
    public List<QueuedNotification> undelivered(ChatUserId user, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox WHERE state IN ('UNDELIVERABLE', 'GAVE_UP')"
                        + " AND platform = ? AND user_id = ? ORDER BY id DESC LIMIT ?")
                .params(user.platform().name(), user.value(), limit)
                .query(JdbcOutbox::queued)
                .list();
    }

    @Override
    public int pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'")
                .query(Integer.class)
                .single();
    }

    private void finish(long id, String state, String why) {
        jdbc.sql("UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?")
                .params(state, shortened(why), id)
                .update();
    }

    private static String shortened(String why) {
        return why.length() > 400 ? why.substring(0, 399) + "…" : why;
    }

    private static QueuedNotification queued(ResultSet rs, int row) throws SQLException {
        Notification notification = new Notification(
                new ChatUserId(ChatPlatform.valueOf(rs.getString(2)), rs.getString(3)),
                new JobId(rs.getString(4)),
                rs.getLong(5),
                JobEventKind.valueOf(rs.getString(6)),
                Mode.valueOf(rs.getString(7)),
                MessageCodec.read(rs.getString(8)));
        return new QueuedNotification(
                rs.getLong(1), notification, rs.getInt(9), rs.getTimestamp(10).toInstant(), rs.getInt(11));
    }
}
