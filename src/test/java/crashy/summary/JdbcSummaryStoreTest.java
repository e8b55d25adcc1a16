package crashy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcSummaryStoreTest {
    private static final Instant NOON = Instant.parse("2026-03-14T12:00:00Z");

    private final DataSource database = TestDatabase.fresh();
    private final JdbcSummaryStore store = new JdbcSummaryStore(database);

    @Test
    void findsASavedSummaryByFingerprintAfterARestart() {
        ErrorFingerprint fingerprint = ErrorFingerprint.of(CrashTexts.ARNOLD_TEXTURE, List.of());
        store.save(StoredSummary.of(fingerprint, new AiSummary("Texture missing.", "gpt-4o-mini", 412, 57), NOON));

        assertThat(new JdbcSummaryStore(database).find(fingerprint.hash()))
                .hasValue(new StoredSummary(fingerprint.hash(), "Texture missing.", "gpt-4o-mini", 412, 57, NOON));
        assertThat(store.find("000000000000")).isEmpty();
    }

    @Test
    void replacesTheSummaryOfAFingerprint() {
        store.save(new StoredSummary("abc123abc123", "First.", "m", 1, 1, NOON));

        store.save(new StoredSummary("abc123abc123", "Second.", "m", 2, 2, NOON.plusSeconds(1)));

        assertThat(store.find("abc123abc123")).map(StoredSummary::text).hasValue("Second.");
    }

    @Test
    void sumsTheTokensOfTheSummariesSinceAMoment() {
        store.save(new StoredSummary("a", "A.", "m", 400, 50, NOON.minusSeconds(3600 * 13)));
        store.save(new StoredSummary("b", "B.", "m", 300, 40, NOON));
        store.save(new StoredSummary("c", "C.", "m", 200, 30, NOON.plusSeconds(60)));

        assertThat(store.tokensSince(Instant.parse("2026-03-14T00:00:00Z"))).isEqualTo(570);
        assertThat(store.tokensSince(NOON.plusSeconds(3600))).isZero();
    }
}
