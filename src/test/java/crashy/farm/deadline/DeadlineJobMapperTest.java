package crashy.farm.deadline;

import static crashy.farm.deadline.DeadlineAnswers.BLENDER_JOB_ID;
import static crashy.farm.deadline.DeadlineAnswers.array;
import static crashy.farm.deadline.DeadlineAnswers.job;
import static crashy.farm.deadline.DeadlineAnswers.real;
import static crashy.farm.deadline.DeadlineAnswers.stream;
import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.Worker;
import crashy.farm.WorkerState;
import crashy.job.ErrorReport;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobOutput;
import crashy.job.JobState;
import crashy.job.Task;
import crashy.job.TaskCounts;
import crashy.job.TaskState;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineJobMapperTest {
    private static final JobId BLENDER = new JobId(BLENDER_JOB_ID);

    private final DeadlineJsonReader reader = new DeadlineJsonReader();
    private final DeadlineJobMapper mapper = new DeadlineJobMapper(new SharedStrings(100));

    @Test
    void readsTheRealFailedBlenderJob() throws IOException {
        // when
        List<Job> jobs = jobs(real("job-failed-blender.json"));

        // then
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(BLENDER);
            assertThat(job.name()).isEqualTo("sample");
            assertThat(job.batch()).isEmpty();
            assertThat(job.user()).isEqualTo("djt");
            assertThat(job.plugin()).isEqualTo("Blender");
            assertThat(job.pool()).isEqualTo("none");
            assertThat(job.group()).isEqualTo("none");
            assertThat(job.priority()).isEqualTo(50);
            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.tasks()).isEqualTo(new TaskCounts(0, 0, 0, 400, 0, 0));
            assertThat(job.errors()).isEqualTo(51);
            assertThat(job.submitted()).isEqualTo(Instant.parse("2021-05-26T18:35:51.530Z"));
            assertThat(job.started()).isEqualTo(Instant.parse("2021-05-26T18:35:53.200Z"));
            assertThat(job.completed()).isNull();
            assertThat(job.outputs()).containsExactly(new JobOutput("/tmp", "####.png"));
        });
    }

    @Test
    void readsTheRealFailedTask() throws IOException {
        // given
        String answer = "{\"ID\": \"" + BLENDER_JOB_ID + "\", \"Tasks\": [" + real("task-failed.json") + "]}";

        // when
        List<Task> tasks = reader.tasks(stream(answer), task -> mapper.task(task, BLENDER));

        // then
        assertThat(tasks)
                .containsExactly(new Task(BLENDER, 20, "21-21", TaskState.FAILED, "ws-dcv-a-00", 0, null, null));
    }

    @Test
    void readsTheRealErrorReport() throws IOException {
        // when
        List<ErrorReport> reports = reader.listOrNone(
                stream(array(real("task-report-error.json"))),
                DeadlineReportJson.class,
                report -> mapper.errorReport(report, BLENDER));

        // then
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.id()).isEqualTo("60ae9515d1300e1054f5cb7d");
            assertThat(report.job()).isEqualTo(BLENDER);
            assertThat(report.task()).isZero();
            assertThat(report.worker()).isEqualTo("ws-dcv-a-00");
            assertThat(report.reportedAt()).isEqualTo(Instant.parse("2021-05-26T18:36:05.437Z"));
            assertThat(report.headline())
                    .startsWith("Error: FailRenderException : Blender render executable was not found")
                    .doesNotContain("\n");
            assertThat(report.message()).contains("at Deadline.Plugins.DeadlinePlugin.FailRender");
        });
    }

    @Test
    void fillsMissingFieldsWithEmptyTextAndZero() throws IOException {
        // when
        Job job = jobs("[{\"_id\": \"abc\"}]").get(0);

        // then
        assertThat(job)
                .isEqualTo(new Job(
                        new JobId("abc"),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        0,
                        JobState.UNKNOWN,
                        TaskCounts.NONE,
                        0,
                        null,
                        null,
                        null,
                        List.of()));
    }

    @Test
    void ignoresKeysItDoesNotKnow() throws IOException {
        // given
        String answer = array(job("j1", 1, "ana")
                .replace("\"Plug\"", "\"ConcurrencyToken\": null, \"LastWriteTime\": {\"x\": [1, 2]}, \"Plug\""));

        // when
        List<Job> jobs = jobs(answer);

        // then
        assertThat(jobs).extracting(Job::plugin).containsExactly("MayaBatch");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 0, QUEUED",
        "1, 3, RENDERING",
        "2, 0, SUSPENDED",
        "3, 0, COMPLETED",
        "4, 0, FAILED",
        "6, 0, PENDING",
        "0, 0, UNKNOWN",
        "5, 2, UNKNOWN",
        "7, 0, UNKNOWN",
        "99, 0, UNKNOWN"
    })
    void derivesTheJobStateFromStatAndRenderingTasks(int stat, int rendering, JobState expected) throws IOException {
        // given
        String answer =
                array(job("j1", stat, "ana").replace("\"RenderingChunks\": 0", "\"RenderingChunks\": " + rendering));

        // when
        Job job = jobs(answer).get(0);

        // then
        assertThat(job.state()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1, UNKNOWN",
        "2, QUEUED",
        "3, SUSPENDED",
        "4, RENDERING",
        "5, COMPLETED",
        "6, FAILED",
        "8, PENDING",
        "0, UNKNOWN",
        "7, UNKNOWN",
        "99, UNKNOWN"
    })
    void namesTaskStatesAndCallsUnnamedCodesUnknown(int stat, TaskState expected) throws IOException {
        // when
        List<Task> tasks = reader.tasks(
                stream("[{\"TaskID\": 3, \"Stat\": " + stat + "}]"), task -> mapper.task(task, new JobId("j1")));

        // then
        assertThat(tasks).extracting(Task::state).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1, RENDERING",
        "2, IDLE",
        "3, OFFLINE",
        "4, STALLED",
        "8, STARTING_JOB",
        "9, HOUSE_CLEANING",
        "0, UNKNOWN",
        "5, UNKNOWN",
        "99, UNKNOWN"
    })
    void namesWorkerStatesAndCallsUnnamedCodesUnknown(int stat, WorkerState expected) throws IOException {
        // when
        List<Worker> workers = workers("[{\"Name\": \"render01\", \"Stat\": " + stat + "}]");

        // then
        assertThat(workers).extracting(Worker::state).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2021-05-26T18:35:51.53+00:00 | 2021-05-26T18:35:51.530Z",
                "2021-05-26T18:35:51+00:00 | 2021-05-26T18:35:51Z",
                "2024-03-01T10:15:00.1234567+01:00 | 2024-03-01T09:15:00.1234567Z",
                "2024-03-01T10:15:00.5-05:00 | 2024-03-01T15:15:00.5Z",
                "2024-03-01T10:15:00Z | 2024-03-01T10:15:00Z",
                "2024-03-01T10:15:00.25 | 2024-03-01T10:15:00.25Z"
            })
    void readsDatesWithAnyNumberOfFractionDigitsAndAnyOffset(String text, Instant expected) {
        assertThat(DeadlineJobMapper.instant(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0001-01-01T00:00:00Z", "0001-01-01T00:00:00+00:00", "0000-12-31T19:00:00-05:00", "not a date", "''"})
    void treatsUnsetAndUnreadableDatesAsAbsent(String text) {
        assertThat(DeadlineJobMapper.instant(text)).isNull();
    }

    @Test
    void pairsOutputDirectoriesAndFilesByPosition() throws IOException {
        // given
        String answer = "[{\"_id\": \"j1\", \"OutDir\": [\"/r/beauty\", \"/r/depth\", \"/r/extra\"],"
                + " \"OutFile\": [\"b.####.exr\", \"d.%04d.exr\"]}]";

        // when
        Job job = jobs(answer).get(0);

        // then
        assertThat(job.outputs())
                .containsExactly(
                        new JobOutput("/r/beauty", "b.####.exr"),
                        new JobOutput("/r/depth", "d.%04d.exr"),
                        new JobOutput("/r/extra", ""));
    }

    @Test
    void readsTheGroupAlsoWhenItIsSpelledOut() throws IOException {
        assertThat(jobs("[{\"_id\": \"j1\", \"Props\": {\"Group\": \"gpu\"}}]")
                        .get(0)
                        .group())
                .isEqualTo("gpu");
    }

    @Test
    void countsNegativeCountersAsZero() throws IOException {
        // when
        Job job = jobs("[{\"_id\": \"j1\", \"Stat\": 1, \"QueuedChunks\": -1, \"Errs\": -5}]")
                .get(0);

        // then
        assertThat(job.tasks()).isEqualTo(TaskCounts.NONE);
        assertThat(job.errors()).isZero();
    }

    @Test
    void sharesTheRepeatedStringsOfManyJobs() throws IOException {
        // given: two jobs whose texts are parsed into separate string instances
        String answer = array(job("j1", 1, "ana"), job("j2", 1, "ana"));

        // when
        List<Job> jobs = jobs(answer);

        // then
        Job first = jobs.get(0);
        Job second = jobs.get(1);
        assertThat(second.user()).isSameAs(first.user());
        assertThat(second.plugin()).isSameAs(first.plugin());
        assertThat(second.pool()).isSameAs(first.pool());
        assertThat(second.group()).isSameAs(first.group());
        assertThat(second.outputs().get(0).directory())
                .isSameAs(first.outputs().get(0).directory());
    }

    @Test
    void readsTheRunningJobAndTaskOfAWorkerAndIgnoresItsPoolsInEitherShape() throws IOException {
        // given
        String answer = """
                [{"Name": "render01", "Stat": 1, "JobId": "j1", "TskId": "7", "Pools": "none,gpu", "Grps": ["a", "b"]},
                 {"Host": "render02", "Stat": 2, "JobId": "", "TskId": "", "Pools": ["none"], "Grps": "none"}]""";

        // when
        List<Worker> workers = workers(answer);

        // then
        assertThat(workers)
                .containsExactly(
                        new Worker("render01", WorkerState.RENDERING, new JobId("j1"), "7"),
                        new Worker("render02", WorkerState.IDLE, null, ""));
    }

    private List<Job> jobs(String answer) throws IOException {
        return reader.list(stream(answer), DeadlineJobJson.class, mapper::job);
    }

    private List<Worker> workers(String answer) throws IOException {
        return reader.list(stream(answer), DeadlineWorkerJson.class, mapper::worker);
    }
}
