package crashy.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps explanations in the embedded H2 database (table {@code crash_summary}, {@code V10__crash_summaries.sql}). */
@Component
final class JdbcSummaryStore implements SummaryStore {
    private final JdbcClient jdbc;

    JdbcSummaryStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<StoredSummary> find(String fingerprint) {
        return jdbc.sql("SELECT fingerprint, summary, model, input_tokens, output_tokens, created_at"
                        + " FROM crash_summary WHERE fingerprint = ?")
                .param(fingerprint)
                .query(JdbcSummaryStore::summary)
                .optional();
    }

    @Override
    public void save(StoredSummary summary) {
        jdbc.sql("MERGE INTO crash_summary (fingerprint, summary, model, input_tokens, output_tokens, created_at)"
                        + " KEY (fingerprint) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        summary.fingerprint(),
                        summary.text(),
                        summary.model(),
                        summary.inputTokens(),
                        summary.outputTokens(),
                        Timestamp.from(summary.createdAt()))
                .update();
    }

    @Override
    public long tokensSince(Instant since) {
        return jdbc.sql("SELECT COALESCE(SUM(input_tokens + output_tokens), 0) FROM crash_summary"
                        + " WHERE created_at >= ?")
                .param(Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private static StoredSummary summary(ResultSet row, int number) throws SQLException {
        return new StoredSummary(
                row.getString("fingerprint"),
                row.getString("summary"),
                row.getString("model"),
                row.getInt("input_tokens"),
                row.getInt("output_tokens"),
                row.getTimestamp("created_at").toInstant());
    }
}
