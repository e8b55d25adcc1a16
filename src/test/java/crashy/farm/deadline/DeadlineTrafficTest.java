package crashy.farm.deadline;

import static crashy.farm.deadline.DeadlineAnswers.stream;
import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.deadline.DeadlineTraffic.Counts;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeadlineTrafficTest {
    private final DeadlineTraffic traffic = new DeadlineTraffic();

    @Test
    void countsEveryByteAStreamedBodyDelivers() throws IOException {
        // given
        InputStream body = new CountingInputStream(stream("[1,2,3]"), traffic, "/api/jobs");

        // when
        body.read();
        body.read(new byte[3], 0, 3);
        body.readAllBytes();

        // then
        assertThat(traffic.snapshot().of("/api/jobs")).isEqualTo(new Counts(0, 7));
    }

    @Test
    void addsUpEndpointsIntoTheTotal() {
        // when
        traffic.requested("/api/jobs");
        traffic.received("/api/jobs", 100);
        traffic.requested("/api/tasks?JobID");
        traffic.received("/api/tasks?JobID", 20);

        // then
        DeadlineTraffic.Snapshot snapshot = traffic.snapshot();
        assertThat(snapshot.total()).isEqualTo(new Counts(2, 120));
        assertThat(snapshot.byEndpoint()).containsOnlyKeys("/api/jobs", "/api/tasks?JobID");
        assertThat(snapshot.of("/api/slaves?Data=info")).isEqualTo(Counts.NONE);
    }

    @Test
    void losesNoCountWhenManyThreadsCountAtOnce() throws Exception {
        // given
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();

        // when
        for (int thread = 0; thread < 8; thread++) {
            String endpoint = "/api/" + thread % 2;
            done.add(threads.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    traffic.requested(endpoint);
                    traffic.received(endpoint, 3);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();

        // then
        assertThat(traffic.snapshot().total()).isEqualTo(new Counts(80_000, 240_000));
    }

    @Test
    void startsFromZeroAfterAReset() {
        // given
        traffic.requested("/api/jobs");

        // when
        traffic.reset();

        // then
        assertThat(traffic.snapshot().total()).isEqualTo(Counts.NONE);
    }
}
