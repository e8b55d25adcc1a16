package crashy.subscription;

import crashy.job.JobEventKind;
import crashy.job.JobId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps chat users and their choices in the embedded H2 database (schema in {@code db/migration}). */
@Component
final class JdbcSubscriptionStore implements SubscriptionStore {
    private static final String USER_COLUMNS = "platform, user_id, display_name, deadline_user, link_locked,"
            + " follows_own_jobs, notify_on, undeliverable_since, undeliverable_reason";

    private final JdbcClient jdbc;

    JdbcSubscriptionStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<ChatUser> user(ChatUserId id) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM chat_user WHERE platform = ? AND user_id = ?")
                .params(id.platform().name(), id.value())
                .query(JdbcSubscriptionStore::user)
                .optional();
    }

    @Override
    public void save(ChatUser user) {
        jdbc.sql("MERGE INTO chat_user (" + USER_COLUMNS + ") KEY (platform, user_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        user.id().platform().name(),
                        user.id().value(),
                        user.displayName(),
                        user.deadlineUser(),
                        user.linkLocked(),
                        user.followsOwnJobs(),
                        user.notifyOn().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        user.undeliverableSince() == null ? null : Timestamp.from(user.undeliverableSince()),
                        user.undeliverableReason())
                .update();
    }

    @Override
    public List<ChatUser> linkedTo(String deadlineUser) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM chat_user WHERE LOWER(deadline_user) = ?")
                .param(deadlineUser.toLowerCase(Locale.ROOT))
                .query(JdbcSubscriptionStore::user)
                .list();
    }

    @Override
    public List<JobInterest> interestsIn(JobId job) {
        return jdbc.sql("SELECT platform, user_id, job_id, interest FROM job_interest WHERE job_id = ?")
                .param(job.value())
                .query(JdbcSubscriptionStore::interest)
                .list();
    }

    @Override
    public List<JobInterest> interestsOf(ChatUserId user) {
        return jdbc.sql("SELECT platform, user_id, job_id, interest FROM job_interest"
                        + " WHERE platform = ? AND user_id = ? ORDER BY job_id")
                .params(user.platform().name(), user.value())
                .query(JdbcSubscriptionStore::interest)
                .list();
    }

    @Override
    public void choose(JobInterest interest) {
        jdbc.sql("MERGE INTO job_interest (platform, user_id, job_id, interest) KEY (platform, user_id, job_id)"
                        + " VALUES (?, ?, ?, ?)")
                .params(
                        interest.user().platform().name(),
                        interest.user().value(),
                        interest.job().value(),
                        interest.interest().name())
                .update();
    }

    @Override
    public void forget(ChatUserId user, JobId job) {
        jdbc.sql("DELETE FROM job_interest WHERE platform = ? AND user_id = ? AND job_id = ?")
                .params(user.platform().name(), user.value(), job.value())
                .update();
    }

    @Override
    public void saveCode(LinkCode code) {
        jdbc.sql("INSERT INTO link_code (code, deadline_user, expires_at) VALUES (?, ?, ?)")
                .params(code.code(), code.deadlineUser(), Timestamp.from(code.expiresAt()))
                .update();
    }

    @Override
    public Optional<LinkCode> takeCode(String code, Instant now) {
        Optional<LinkCode> found = jdbc.sql("SELECT code, deadline_user, expires_at FROM link_code WHERE code = ?")
                .param(code)
                .query((rs, row) -> new LinkCode(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
        int taken = jdbc.sql("DELETE FROM link_code WHERE code = ?").param(code).update();
        return found.filter(c -> taken == 1 && c.expiresAt().isAfter(now));
    }

    private static ChatUser user(ResultSet rs, int row) throws SQLException {
        Timestamp undeliverable = rs.getTimestamp(8);
        return new ChatUser(
                new ChatUserId(ChatPlatform.valueOf(rs.getString(1)), rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                events(rs.getString(7)),
                undeliverable == null ? null : undeliverable.toInstant(),
                rs.getString(9));
    }

    private static Set<JobEventKind> events(String names) {
        Set<JobEventKind> kinds = EnumSet.noneOf(JobEventKind.class);
        Arrays.stream(names.split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> kinds.add(JobEventKind.valueOf(name)));
        return kinds;
    }

    private static JobInterest interest(ResultSet rs, int row) throws SQLException {
        return new JobInterest(
                new ChatUserId(ChatPlatform.valueOf(rs.getString(1)), rs.getString(2)),
                new JobId(rs.getString(3)),
                Interest.valueOf(rs.getString(4)));
    }
}
