package crashy.farm.deadline;

import static crashy.farm.deadline.DeadlineAnswers.BLENDER_JOB_ID;
import static crashy.farm.deadline.DeadlineAnswers.array;
import static crashy.farm.deadline.DeadlineAnswers.job;
import static crashy.farm.deadline.DeadlineAnswers.real;
import static crashy.testing.LoopbackHttpServer.json;
import static crashy.testing.LoopbackHttpServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import crashy.farm.FarmUnavailableException;
import crashy.farm.FarmUnavailableException.Reason;
import crashy.farm.StateFilter;
import crashy.job.ErrorReport;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobState;
import crashy.testing.LoopbackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadlineFarmClientIntegrationTest {
    private static final String PASSWORD = "hunter2-secret";

    private final CountDownLatch released = new CountDownLatch(1);
    private LoopbackHttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackHttpServer.start();
    }

    @AfterEach
    void stopServer() {
        released.countDown();
        server.close();
    }

    @Test
    void readsTheVersionBanner() {
        // given
        server.on("/", text(200, "Deadline Web Service 10.1 [v10.1.20.3 Release (1a0d97d0f)]\n"));

        // expect
        assertThat(client().version()).isEqualTo("Deadline Web Service 10.1 [v10.1.20.3 Release (1a0d97d0f)]");
    }

    @Test
    void treatsFullJobsAnsweredToIdsByStateAsABadResponseSoTheCallerFallsBack() {
        // given: a server that ignores IdOnly when States is given too
        server.on("/api/jobs", json(real("job-failed-blender.json")));

        // when
        Throwable failure = catchThrowable(() -> client().jobIdsIn(StateFilter.FAILED));

        // then
        assertThat(failure)
                .isInstanceOf(FarmUnavailableException.class)
                .hasMessageContaining("/api/jobs?States=Failed&IdOnly=true");
        assertThat(((FarmUnavailableException) failure).reason()).isEqualTo(Reason.BAD_RESPONSE);
    }

    @Test
    void readsTheRealJobListOverHttp() {
        // given
        server.on("/api/jobs", json(real("job-failed-blender.json")));

        // when
        List<Job> jobs = client().allJobs();

        // then
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(new JobId(BLENDER_JOB_ID));
            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.tasks().failed()).isEqualTo(400);
            assertThat(job.errors()).isEqualTo(51);
        });
    }

    @Test
    void sendsTheLoginWithTheFirstRequestWithoutWaitingForAChallenge() {
        // given
        server.on("/api/jobs", json("[]"));

        // when
        loggedInClient().allJobs();

        // then
        assertThat(server.requests().get(0).header("Authorization")).contains("Basic " + base64("djt:" + PASSWORD));
    }

    @Test
    void sendsNoLoginWhenNoUserIsSet() {
        // given
        server.on("/api/jobs", json("[]"));

        // when
        client().allJobs();

        // then
        assertThat(server.requests().get(0).header("Authorization")).isEmpty();
    }

    @Test
    void namesTheSettingsToFixWhenTheLoginIsRefused() {
        // given
        server.onAnyPath(text(401, "Unauthorized"));

        // when
        FarmUnavailableException failure = failureOf(() -> loggedInClient().allJobs());

        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNAUTHORIZED);
        assertThat(failure.getMessage())
                .contains("CRASHY_DEADLINE_USER", "CRASHY_DEADLINE_PASSWORD", "Web Service password")
                .doesNotContain(PASSWORD)
                .doesNotContain(base64("djt:" + PASSWORD))
                .doesNotContain("\n");
    }

    @Test
    void keepsCredentialsFromTheUrlOutOfMessages() {
        // given
        server.onAnyPath(text(401, "Unauthorized"));
        URI withLogin = URI.create("http://djt:" + PASSWORD + "@" + server.url().getAuthority());

        // when
        FarmUnavailableException failure =
                failureOf(() -> new DeadlineFarmClient(DeadlineProperties.at(withLogin)).allJobs());

        // then
        assertThat(server.requests().get(0).header("Authorization")).contains("Basic " + base64("djt:" + PASSWORD));
        assertThat(failure.getMessage()).contains(server.url().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void reportsAServerErrorWithItsStatusAndFirstLine() {
        // given
        server.on(
                "/api/jobs",
                text(500, "Error: Object reference not set to an instance of an object.\n   at Deadline.Jobs.Get()"));

        // when
        FarmUnavailableException failure = failureOf(() -> client().jobsIn(StateFilter.ACTIVE));

        // then
        assertThat(failure.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(failure.getMessage())
                .contains("HTTP 500", "/api/jobs?States=Active", "Object reference not set")
                .doesNotContain("Deadline.Jobs.Get");
    }

    @Test
    void cutsALongErrorTextShort() {
        // given
        server.on("/api/jobs", text(503, "x".repeat(5_000)));

        // when
        FarmUnavailableException failure = failureOf(() -> client().allJobs());

        // then
        assertThat(failure.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(failure.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void reportsOtherHttpErrorsAsRejected() {
        // given
        server.on("/api/tasks", text(400, "JobID parameter is required"));

        // when
        FarmUnavailableException failure = failureOf(() -> client().tasks(new JobId("j1")));

        // then
        assertThat(failure.reason()).isEqualTo(Reason.REJECTED);
        assertThat(failure.getMessage()).contains("HTTP 400", "JobID parameter is required");
    }

    @Test
    void reportsAnAnswerThatIsNotJsonAsBadResponseNamingTheEndpoint() {
        // given
        server.on("/api/jobs", text(200, "<html><body>Welcome to nginx</body></html>"));

        // when
        FarmUnavailableException failure = failureOf(() -> client().jobIds());

        // then
        assertThat(failure.reason()).isEqualTo(Reason.BAD_RESPONSE);
        assertThat(failure.getMessage()).contains("/api/jobs?IdOnly=true");
    }

    @Test
    void givesUpWithTimeoutWhenTheServerDoesNotAnswer() {
        // given: a server that holds every request until the test ends
        server.on("/api/jobs", exchange -> LoopbackHttpServer.awaitQuietly(released));

        // when
        FarmUnavailableException failure =
                failureOf(() -> clientWithTimeout(Duration.ofMillis(200)).allJobs());

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.getMessage()).contains("did not answer GET /api/jobs within 200 ms");
    }

    @Test
    void givesUpWithTimeoutWhenTheAnswerStallsHalfway() {
        // given: a server that sends the start of the list, then nothing more
        server.on("/api/jobs", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(("[" + job("j1", 1, "ana") + ",").getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            LoopbackHttpServer.awaitQuietly(released);
        });

        // when
        FarmUnavailableException failure =
                failureOf(() -> clientWithTimeout(Duration.ofMillis(200)).allJobs());

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
    }

    @Test
    void reportsAClosedPortAsUnreachable() throws IOException {
        // given
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + closedPort);

        // when
        FarmUnavailableException failure =
                failureOf(() -> new DeadlineFarmClient(DeadlineProperties.at(nobody)).version());

        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(failure.getMessage())
                .isEqualTo("Deadline Web Service at " + nobody + " is unreachable: connection refused");
    }

    @Test
    void asksForLongIdListsInBatchesAndJoinsTheAnswersInOrder() {
        // given
        server.on("/api/jobs", exchange -> {
            String ids = LoopbackHttpServer.queryOf(exchange).get("JobID");
            String jobs =
                    Arrays.stream(ids.split(",")).map(id -> job(id, 1, "ana")).collect(Collectors.joining(","));
            json("[" + jobs + "]").handle(exchange);
        });
        List<JobId> ids =
                IntStream.range(0, 250).mapToObj(i -> new JobId("job" + i)).toList();

        // when
        List<Job> jobs = client().jobs(ids);

        // then
        assertThat(jobs).extracting(Job::id).containsExactlyElementsOf(ids);
        assertThat(server.requests())
                .extracting(request -> request.query().get("JobID").split(",").length)
                .containsExactly(100, 100, 50);
    }

    @Test
    void asksOnceForEachIdAndNotAtAllForNoIds() {
        // given
        server.on("/api/jobs", json("[]"));
        DeadlineFarmClient client = client();

        // when
        client.jobs(List.of(new JobId("a"), new JobId("b"), new JobId("a")));
        client.jobs(List.of());

        // then
        assertThat(server.requests())
                .singleElement()
                .satisfies(request -> assertThat(request.rawQuery()).isEqualTo("JobID=a,b"));
    }

    @Test
    void writesListsWithLiteralCommasAndEncodesEverythingElse() {
        // given
        server.onAnyPath(json("[]"));
        DeadlineFarmClient client = client();

        // when
        client.jobIdsIn(StateFilter.SUSPENDED);
        client.errorReports(new JobId("j1"));
        client.errorReportContents(new JobId("j1"), "r 1&x=+");
        client.tasks(new JobId("j1"));
        client.workers();
        client.userNames();

        // then
        assertThat(server.requests())
                .extracting(request -> request.path() + "?" + request.rawQuery())
                .containsExactly(
                        "/api/jobs?States=Suspended&IdOnly=true",
                        "/api/jobreports?JobID=j1&Data=error",
                        "/api/jobreports?JobID=j1&ReportID=r%201%26x%3D%2B&Data=errorcontents",
                        "/api/tasks?JobID=j1",
                        "/api/slaves?Data=info",
                        "/api/users?NamesOnly=true");
    }

    @Test
    void readsErrorReportsOldestFirstAndTheirContents() {
        // given
        String newer = real("task-report-error.json");
        String older = newer.replace("2021-05-26T18:36:05.437+00:00", "2021-05-26T18:36:01+00:00")
                .replace("60ae9515d1300e1054f5cb7d", "older");
        server.on("/api/jobreports", exchange -> {
            boolean contents = exchange.getRequestURI().getRawQuery().contains("Data=errorcontents");
            json(contents ? "[\"Error: FailRenderException\\n=======\"]" : array(newer, older))
                    .handle(exchange);
        });
        DeadlineFarmClient client = client();

        // when
        List<ErrorReport> reports = client.errorReports(new JobId(BLENDER_JOB_ID));
        String contents = client.errorReportContents(new JobId(BLENDER_JOB_ID), "older");

        // then
        assertThat(reports).extracting(ErrorReport::id).containsExactly("older", "60ae9515d1300e1054f5cb7d");
        assertThat(contents).isEqualTo("Error: FailRenderException\n=======");
    }

    @Test
    void readsNoReportsFromAPlainTextMessage() {
        // given
        server.on("/api/jobreports", text(200, "There are no error reports for this job."));

        // expect
        assertThat(client().errorReports(new JobId("j1"))).isEmpty();
    }

    @Test
    void readsUserNames() {
        // given
        server.on("/api/users", json("[\"djt\", \"ana\"]"));

        // expect
        assertThat(client().userNames()).containsExactly("djt", "ana");
    }

    @Test
    void countsRequestsAndResponseBytesPerEndpoint() {
        // given
        String jobs = real("job-failed-blender.json");
        server.on("/api/jobs", json(jobs));
        DeadlineTraffic traffic = new DeadlineTraffic();
        DeadlineFarmClient client = new DeadlineFarmClient(DeadlineProperties.at(server.url()), traffic);

        // when
        client.allJobs();
        client.allJobs();
        client.jobsIn(StateFilter.ACTIVE);
        client.jobs(List.of(new JobId("a"), new JobId("b")));

        // then
        long size = jobs.getBytes(StandardCharsets.UTF_8).length;
        DeadlineTraffic.Snapshot snapshot = traffic.snapshot();
        assertThat(snapshot.of("/api/jobs")).isEqualTo(new DeadlineTraffic.Counts(2, 2 * size));
        assertThat(snapshot.of("/api/jobs?States=Active")).isEqualTo(new DeadlineTraffic.Counts(1, size));
        assertThat(snapshot.of("/api/jobs?JobID")).isEqualTo(new DeadlineTraffic.Counts(1, size));
        assertThat(snapshot.total()).isEqualTo(new DeadlineTraffic.Counts(4, 4 * size));
        assertThat(client.traffic()).isSameAs(traffic);
    }

    @Test
    void readsTenThousandJobsFromOneStreamedAnswerAndSharesTheirRepeatedStrings() {
        // given: an answer written job by job, as a real server streams it
        server.on("/api/jobs", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('[');
                for (int i = 0; i < 10_000; i++) {
                    out.write(
                            ((i == 0 ? "" : ",") + job("job" + i, 1, "user" + i % 7)).getBytes(StandardCharsets.UTF_8));
                }
                out.write(']');
            }
        });

        // when
        List<Job> jobs = client().allJobs();

        // then
        assertThat(jobs).hasSize(10_000);
        assertThat(jobs.get(9_999).user())
                .isEqualTo("user3")
                .isSameAs(jobs.get(3).user());
        assertThat(jobs.get(9_999).outputs().get(0).directory())
                .isSameAs(jobs.get(0).outputs().get(0).directory());
    }

    private DeadlineFarmClient client() {
        return new DeadlineFarmClient(DeadlineProperties.at(server.url()));
    }

    private DeadlineFarmClient loggedInClient() {
        return new DeadlineFarmClient(DeadlineProperties.at(server.url()).withLogin("djt", PASSWORD));
    }

    private DeadlineFarmClient clientWithTimeout(Duration timeout) {
        return new DeadlineFarmClient(DeadlineProperties.at(server.url()).withTimeout(timeout));
    }

    private static FarmUnavailableException failureOf(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(FarmUnavailableException.class);
        return (FarmUnavailableException) thrown;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
