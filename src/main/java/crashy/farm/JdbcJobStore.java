package crashy.farm;

import crashy.job.Job;
import crashy.job.JobEvent;
import crashy.job.JobEventKind;
import crashy.job.JobId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps tracked jobs and their events in the embedded H2 database (schema in {@code db/migration}). */
@Component
final class JdbcJobStore implements JobStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    JdbcJobStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    @Override
    public List<Job> jobs() {
        return jdbc.sql("SELECT payload FROM tracked_job")
                .query((rs, row) -> JobCodec.read(rs.getString(1)))
                .list();
    }

    @Override
    public boolean hasBaseline() {
        return jdbc.sql("SELECT COUNT(*) FROM store_meta WHERE name = 'baseline'")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public void record(Collection<Job> seen, Collection<JobId> gone, List<JobEvent> events, Instant detectedAt) {
        transaction.executeWithoutResult(status -> write(seen, gone, events, detectedAt));
    }

    private void write(Collection<Job> seen, Collection<JobId> gone, List<JobEvent> events, Instant detectedAt) {
        Timestamp at = Timestamp.from(detectedAt);
        batch.batchUpdate(
                "MERGE INTO tracked_job (id, state, payload, updated_at) KEY (id) VALUES (?, ?, ?, ?)",
                seen.stream()
                        .map(job -> new Object[] {job.id().value(), job.state().name(), JobCodec.write(job), at})
                        .toList());
        forget(gone);
        batch.batchUpdate(
                "INSERT INTO job_event (job_id, kind, amount, detected_at, job_payload) VALUES (?, ?, ?, ?, ?)",
                events.stream()
                        .map(event -> new Object[] {
                            event.job().id().value(),
                            event.kind().name(),
                            event.amount(),
                            at,
                            JobCodec.write(event.job())
                        })
                        .toList());
    }

    @Override
    public void markBaseline(Instant at) {
        jdbc.sql("MERGE INTO store_meta (name, val) KEY (name) VALUES ('baseline', ?)")
                .param(at.toString())
                .update();
    }

    @Override
    public List<RecordedJobEvent> undispatched(int limit) {
        return jdbc.sql("SELECT seq, kind, amount, detected_at, job_payload FROM job_event"
                        + " WHERE dispatched = FALSE ORDER BY seq LIMIT ?")
                .param(limit)
                .query((rs, row) -> new RecordedJobEvent(
                        rs.getLong(1),
                        rs.getTimestamp(4).toInstant(),
                        JobEvent.of(
                                JobEventKind.valueOf(rs.getString(2)), JobCodec.read(rs.getString(5)), rs.getInt(3))))
                .list();
    }

    @Override
    public void markDispatched(long sequence) {
        jdbc.sql("UPDATE job_event SET dispatched = TRUE WHERE seq = ?")
                .param(sequence)
                .update();
    }

    @Override
    public void forget(Collection<JobId> ids) {
        batch.batchUpdate(
                "DELETE FROM tracked_job WHERE id = ?",
                ids.stream().map(id -> new Object[] {id.value()}).toList());
    }

    @Override
    public void pruneEvents(Instant detectedBefore) {
        jdbc.sql("DELETE FROM job_event WHERE dispatched = TRUE AND detected_at < ?")
                .param(Timestamp.from(detectedBefore))
                .update();
    }
}
