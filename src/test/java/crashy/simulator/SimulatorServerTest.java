package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatorServerTest {
    private static final Instant START = Instant.parse("2025-11-19T13:00:00Z");

    private final SimulatedFarm farm = new SimulatedFarm(3, START);
    private SimulatorServer server;
    private Loopback http;
    private String completed;
    private String failed;
    private String rendering;
    private String suspended;

    @BeforeEach
    void startServer() {
        farm.addWorker("render01");
        farm.addWorker("render02");
        completed = farm.submit(JobSpec.named("done").withTasks(2).withTaskDuration(Duration.ofSeconds(20)));
        farm.advance(Duration.ofMinutes(5));
        failed = farm.submit(JobSpec.named("broken").withUser("bob").withTasks(1));
        for (int attempt = 0; attempt < 5; attempt++) {
            farm.errorTask(failed, 0, "Error: Cannot read file \"/projects/bob/broken.blend\"");
        }
        rendering = farm.submit(JobSpec.named("busy").withUser("carol").withTasks(4));
        suspended = farm.submit(JobSpec.named("paused").withInitialStatus(JobStatus.SUSPENDED));
        farm.advance(Duration.ofSeconds(5));
        server = SimulatorServer.start(farm, ServerOptions.onPort(0));
        http = new Loopback(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void answersTheVersionBannerAtTheRoot() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo("Deadline Web Service 10.1 [v10.1.20.3 Release (simulator)]");
    }

    @Test
    void writesJobsWithEveryKeyOfARealJobDump() {
        JsonNode real = Loopback.fixture("job-failed-blender.json").get(0);

        JsonNode jobs = http.json("/api/jobs");

        assertThat(jobs).hasSize(4);
        for (JsonNode job : jobs) {
            assertThat(Loopback.keys(job)).containsExactlyElementsOf(Loopback.keys(real));
            assertThat(Loopback.keys(job.get("Props"))).containsExactlyElementsOf(Loopback.keys(real.get("Props")));
            assertThat(job.get("OutDir").isArray()).isTrue();
            assertThat(job.get("ExtraElements").isNull()).isTrue();
        }
    }

    @Test
    void writesCountersStatesAndDatesLikeTheRealServer() {
        JsonNode done = http.json("/api/jobs?JobID=" + completed).get(0);
        JsonNode broken = http.json("/api/jobs?JobID=" + failed).get(0);
        JsonNode busy = http.json("/api/jobs?JobID=" + rendering).get(0);

        assertThat(done.get("Stat").asInt()).isEqualTo(3);
        assertThat(done.get("CompletedChunks").asInt()).isEqualTo(2);
        assertThat(OffsetDateTime.parse(done.get("DateComp").asText()).toInstant())
                .isAfter(START);
        assertThat(done.get("Date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+00:00");
        assertThat(broken.get("Stat").asInt()).isEqualTo(4);
        assertThat(broken.get("FailedChunks").asInt()).isEqualTo(1);
        assertThat(broken.get("Errs").asInt()).isEqualTo(5);
        assertThat(broken.get("DateComp").asText()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(busy.get("Stat").asInt()).isEqualTo(1);
        assertThat(busy.get("RenderingChunks").asInt()).isEqualTo(2);
        assertThat(busy.get("QueuedChunks").asInt()).isEqualTo(2);
        assertThat(busy.get("Props").get("Tasks").asInt()).isEqualTo(4);
        assertThat(busy.get("Props").get("Frames").asText()).isEqualTo("1-4");
    }

    @Test
    void filtersJobsByStateNames() {
        JsonNode jobs = http.json("/api/jobs?States=Suspended,Failed");

        assertThat(ids(jobs)).containsExactlyInAnyOrder(suspended, failed);
    }

    @Test
    void refusesAnUnknownStateName() {
        HttpResponse<String> response = http.get("/api/jobs?States=Active,Queued");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Queued");
    }

    @Test
    void answersIdsOnlyAsStrings() {
        JsonNode ids = http.json("/api/jobs?IdOnly=true");

        assertThat(ids).hasSize(4).allSatisfy(id -> assertThat(id.isTextual()).isTrue());
    }

    @Test
    void answersIdsOfTheStatesAskedForUnlessToldToIgnoreOneOfTheFilters() {
        assertThat(http.json("/api/jobs?States=Active&IdOnly=true"))
                .singleElement()
                .satisfies(id -> assertThat(id.asText()).isEqualTo(rendering));

        server.faults().setStatesWithIdOnly(Faults.StatesWithIdOnly.IGNORE_ID_ONLY);
        assertThat(http.json("/api/jobs?States=Active&IdOnly=true"))
                .singleElement()
                .satisfies(job -> assertThat(job.get("_id").asText()).isEqualTo(rendering));

        server.faults().setStatesWithIdOnly(Faults.StatesWithIdOnly.IGNORE_STATES);
        assertThat(http.json("/api/jobs?States=Active&IdOnly=true")).hasSize(4);
    }

    @Test
    void leavesUnknownIdsOutOfAJobIdList() {
        assertThat(ids(http.json("/api/jobs?JobID=" + failed + ",0123456789abcdef01234567")))
                .containsExactly(failed);
        assertThat(http.json("/api/jobs?JobID=0123456789abcdef01234567")).isEmpty();
    }

    @Test
    void readsParameterNamesAndBooleansIgnoringCase() {
        assertThat(ids(http.json("/api/jobs?jobid=" + failed))).containsExactly(failed);
        assertThat(http.json("/api/jobs?idonly=True")).hasSize(4);
        assertThat(http.json("/api/jobs?IDONLY=false").get(0).isObject()).isTrue();
    }

    @Test
    void answersJobDetailsKeyedByIdWithStringValues() {
        JsonNode details = http.json("/api/jobs?JobID=" + rendering + "&Details=true");

        JsonNode job = details.get(rendering);
        assertThat(job.get("Job").get("User").asText()).isEqualTo("carol");
        assertThat(job.get("Job").get("Status").asText()).isEqualTo("Rendering");
        assertThat(job.get("Task States").get("Rendering").asText()).isEqualTo("2");
        assertThat(job.get("Statistics").get("Total Task Render Time").asText()).matches("\\d+:\\d\\d:\\d\\d:\\d\\d");
        assertThat(job.get("Output Directories").get("Output Path 1").asText()).isEqualTo("/renders/carol/busy");
        assertThat(job.get("Output Filenames").get("Output File 1").asText()).isEqualTo("busy_beauty.####.exr");
    }

    @Test
    void writesTasksWithEveryKeyOfARealTaskDump() {
        JsonNode real = Loopback.fixture("task-failed.json");

        JsonNode tasks = http.json("/api/tasks?JobID=" + rendering);

        assertThat(Loopback.keys(tasks)).containsExactly("ID", "Tasks");
        assertThat(tasks.get("ID").asText()).isEqualTo(rendering);
        assertThat(tasks.get("Tasks")).hasSize(4).allSatisfy(task -> {
            assertThat(Loopback.keys(task)).containsExactlyElementsOf(Loopback.keys(real));
            assertThat(Loopback.keys(task.get("Props"))).containsExactlyElementsOf(Loopback.keys(real.get("Props")));
        });
        JsonNode first = tasks.get("Tasks").get(0);
        assertThat(first.get("Stat").asInt()).isEqualTo(4);
        assertThat(first.get("Frames").asText()).isEqualTo("1-1");
        assertThat(first.get("_id").asText()).isEqualTo(rendering + "_0");
        assertThat(first.get("Slave").asText()).startsWith("render0");
    }

    @Test
    void answersOneTaskOrTheTaskIds() {
        JsonNode task = http.json("/api/tasks?JobID=" + rendering + "&TaskID=3");
        JsonNode ids = http.json("/api/tasks?JobID=" + rendering + "&IdOnly=true");

        assertThat(task.get("TaskID").asInt()).isEqualTo(3);
        assertThat(task.get("Stat").asInt()).isEqualTo(2);
        assertThat(ids.toString()).isEqualTo("[0,1,2,3]");
    }

    @Test
    void answersTaskRequestErrorsWithTheDocumentedStatuses() {
        assertThat(http.get("/api/tasks").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/tasks?JobID=0123456789abcdef01234567").statusCode())
                .isEqualTo(500);
        assertThat(http.get("/api/tasks?JobID=" + rendering + "&TaskID=first").statusCode())
                .isEqualTo(400);
        assertThat(http.send("POST", "/api/tasks?JobID=" + rendering, "{}").statusCode())
                .isEqualTo(501);
    }

    @Test
    void writesErrorReportsWithEveryKeyOfARealReport() {
        JsonNode real = Loopback.fixture("task-report-error.json");

        JsonNode reports = http.json("/api/taskreports?JobID=" + failed + "&TaskID=0&Data=error");

        assertThat(reports).hasSize(5).allSatisfy(report -> {
            assertThat(Loopback.keys(report)).containsExactlyElementsOf(Loopback.keys(real));
            assertThat(report.get("Type").asInt()).isEqualTo(1);
            assertThat(report.get("Title").asText()).startsWith("Error: Cannot read file");
            assertThat(report.get("JobUser").asText()).isEqualTo("bob");
        });
    }

    @Test
    void answersReportContentsAsStringsAndAnEmptyListWhenThereAreNone() {
        JsonNode contents = http.json("/api/jobreports?JobID=" + failed + "&Data=allerrorcontents");
        JsonNode none = http.json("/api/jobreports?JobID=" + rendering + "&Data=allerrorcontents");

        assertThat(contents).hasSize(5).allSatisfy(text -> {
            assertThat(text.isTextual()).isTrue();
            assertThat(text.asText()).contains("Error", "Stack Trace", "Log", "Cannot read file");
        });
        assertThat(none).isEmpty();
    }

    @Test
    void answersTheNoReportsMessageWhenSwitchedTo() {
        server.faults().setNoReportsAsText(true);

        HttpResponse<String> response = http.get("/api/jobreports?JobID=" + rendering + "&Data=allerrorcontents");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("There are no error reports");
    }

    @Test
    void answersOneReportsTextById() {
        String id = http.json("/api/jobreports?JobID=" + failed + "&Data=error")
                .get(2)
                .get("_id")
                .asText();

        JsonNode text = http.json("/api/jobreports?JobID=" + failed + "&ReportID=" + id + "&Data=errorcontents");

        assertThat(text)
                .singleElement()
                .satisfies(report -> assertThat(report.asText()).contains("Cannot read file"));
        assertThat(http.get("/api/jobreports?JobID=" + failed + "&Data=errorcontents")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void listsLogReportsOfCompletedTasks() {
        JsonNode logs = http.json("/api/jobreports?JobID=" + completed + "&Data=log");
        JsonNode all = http.json("/api/taskreports?JobID=" + completed + "&TaskID=1");

        assertThat(logs)
                .hasSize(2)
                .allSatisfy(report -> assertThat(report.get("Type").asInt()).isZero());
        assertThat(all)
                .singleElement()
                .satisfies(report -> assertThat(report.get("Task").asInt()).isEqualTo(1));
        assertThat(http.json("/api/jobreports?JobID=" + completed + "&Data=alllogcontents")
                        .get(0)
                        .asText())
                .contains("Process exit code: 0");
    }

    @Test
    void answersReportRequestErrorsWithTheDocumentedStatuses() {
        assertThat(http.get("/api/jobreports?JobID=" + failed + "&Data=errorreports")
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/jobreports").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/jobreports?JobID=0123456789abcdef01234567").statusCode())
                .isEqualTo(500);
        assertThat(http.get("/api/taskreports?JobID=" + failed).statusCode()).isEqualTo(400);
        for (String method : List.of("PUT", "POST", "DELETE")) {
            assertThat(http.send(method, "/api/jobreports?JobID=" + failed, "").statusCode())
                    .isEqualTo(501);
            assertThat(http.send(method, "/api/taskreports?JobID=" + failed + "&TaskID=0", "")
                            .statusCode())
                    .isEqualTo(501);
        }
        assertThat(http.get("/api/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void answersHeadWith405AndTheAllowedMethods() {
        HttpResponse<String> response = http.send(http.request("/api/jobs?States=Active")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("DELETE, GET, OPTIONS, POST, PUT");
    }

    @Test
    void describesWorkersByNameInfoAndSettings() {
        farm.addWorker("gpu node", List.of("gpu"), List.of("gpu_rtx"));

        assertThat(http.json("/api/slaves?NamesOnly=true").toString())
                .isEqualTo("[\"render01\",\"render02\",\"gpu node\"]");
        JsonNode info = http.json("/api/slaves?Data=info&Name=render01");
        JsonNode both = http.json("/api/slaves?Data=infosettings&Name=gpu+node");

        assertThat(info).singleElement().satisfies(worker -> {
            assertThat(Loopback.keys(worker)).contains("Name", "Stat", "JobId", "TskId", "Pools", "Grps", "IP", "_id");
            assertThat(worker.get("Stat").asInt()).isEqualTo(1);
            assertThat(worker.get("JobId").asText()).isEqualTo(rendering);
            assertThat(worker.get("Pools").isTextual()).isTrue();
        });
        assertThat(both).singleElement().satisfies(worker -> {
            assertThat(Loopback.keys(worker)).containsExactly("Info", "Settings");
            assertThat(worker.get("Info").get("Stat").asInt()).isEqualTo(2);
            assertThat(worker.get("Settings").get("Pools").isArray()).isTrue();
        });
    }

    @Test
    void namesTheWorkersRenderingAJob() {
        JsonNode names = http.json("/api/slavesrenderingjob?JobID=" + rendering);

        assertThat(names.toString()).isEqualTo("[\"render01\",\"render02\"]");
        assertThat(http.json("/api/slavesrenderingjob?JobID=" + failed)).isEmpty();
    }

    @Test
    void listsPoolsGroupsAndUsers() {
        farm.addWorker("gpu01", List.of("gpu"), List.of("gpu_rtx"));
        farm.addWorker("cpu01", List.of("maya"), List.of("cpu_64gb"));

        assertThat(http.json("/api/pools").toString()).contains("\"none\"", "\"gpu\"", "\"maya\"");
        assertThat(http.json("/api/pools?Pool=gpu").toString())
                .as("workers added without pools render every pool")
                .isEqualTo("[\"render01\",\"render02\",\"gpu01\"]");
        assertThat(http.json("/api/groups").toString()).contains("\"gpu_rtx\"");
        assertThat(http.json("/api/users?NamesOnly=true").toString()).isEqualTo("[\"alice\",\"bob\",\"carol\"]");
        assertThat(http.json("/api/users?Name=bob"))
                .singleElement()
                .satisfies(user -> assertThat(Loopback.keys(user)).contains("_id", "Name", "Email"));
    }

    @Test
    void obeysJobCommandsSentWithPut() {
        HttpResponse<String> response =
                http.send("PUT", "/api/jobs", "{\"Command\":\"suspend\",\"JobID\":\"" + rendering + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Success");
        assertThat(farm.job(rendering).orElseThrow().status()).isEqualTo(JobStatus.SUSPENDED);
    }

    @Test
    void answersInjected500sForTheNextRequestsOnly() {
        server.faults().failNext(2);

        assertThat(http.get("/api/jobs").statusCode()).isEqualTo(500);
        assertThat(http.get("/api/jobs").statusCode()).isEqualTo(500);
        assertThat(http.get("/api/jobs").statusCode()).isEqualTo(200);
    }

    @Test
    void answersEveryRequest500WhenTheFailureFractionIsOne() {
        server.faults().setFailureFraction(1);

        HttpResponse<String> response = http.get("/api/jobs");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isNotBlank();
    }

    @Test
    void sendsBrokenJsonWhenAskedTo() {
        server.faults().setBodies(Faults.Bodies.TRUNCATED);
        String truncated = http.get("/api/jobs").body();
        server.faults().setBodies(Faults.Bodies.GARBAGE);
        String garbage = http.get("/api/jobs").body();
        server.faults().clear();
        String intact = http.get("/api/jobs").body();

        assertThatThrownBy(() -> Loopback.JSON.readTree(truncated)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> Loopback.JSON.readTree(garbage)).isInstanceOf(Exception.class);
        assertThat(truncated.length()).isLessThan(intact.length());
        assertThat(Loopback.parse(intact)).hasSize(4);
    }

    @Test
    void delaysAnswersByTheInjectedLatency() {
        server.faults().setLatency(Duration.ofMillis(300));

        long started = System.nanoTime();
        http.get("/api/pools");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aHangingRequestTimesOutAtTheClientAndIsReleasedWhenTheServerStops() {
        server.faults().setHanging(true);
        assertThatThrownBy(() -> http.client()
                        .send(
                                http.request("/api/jobs")
                                        .timeout(Duration.ofMillis(300))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        // A request the server never got to (still in the socket backlog when it stops) is cut off by the client's
        // own timeout; one it holds is let go by the stop. Either way nothing waits forever.
        CompletableFuture<HttpResponse<String>> waiting = http.client()
                .sendAsync(
                        http.request("/api/jobs").timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());

        server.close();

        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void refusesEveryRequestWhenForcedTo() {
        server.faults().setForceUnauthorized(true);

        assertThat(http.get("/api/jobs").statusCode()).isEqualTo(401);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void countsRequestsAndBytesPerPath() {
        server.traffic().reset();

        String body = http.get("/api/jobs").body();
        http.get("/api/jobs?IdOnly=true");
        http.get("/api/pools");

        // A streamed body is counted after its last byte left the server, which can be after the client read it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(server.traffic().requests()).isEqualTo(3);
            assertThat(server.traffic().byPath().get("/api/jobs").requests()).isEqualTo(2);
        });
        assertThat(server.traffic().byPath().get("/api/jobs").bytes()).isGreaterThan(body.length());
    }

    private static List<String> ids(JsonNode jobs) {
        List<String> ids = new ArrayList<>();
        jobs.forEach(job -> ids.add(job.get("_id").asText()));
        return ids;
    }
}
