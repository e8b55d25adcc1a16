package crashy.farm.deadline;

import crashy.farm.FarmClient;
import crashy.farm.StateFilter;
import crashy.farm.Worker;
import crashy.job.ErrorReport;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.Task;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@link FarmClient} for a real Deadline 10 farm, over the Deadline Web Service REST API. Thread-safe; build it
 * with {@code new DeadlineFarmClient(properties)} or let Spring build it from {@code crashy.deadline.*}.
 */
public final class DeadlineFarmClient implements FarmClient {
    /** Ids per {@code JobID=} request: keeps the URL far below the 8 KB that servers and proxies accept. */
    static final int IDS_PER_REQUEST = 100;

    private static final DeadlineEndpoint JOBS = DeadlineEndpoint.of("/api/jobs");
    private static final DeadlineEndpoint TASKS = DeadlineEndpoint.of("/api/tasks");
    private static final DeadlineEndpoint JOB_REPORTS = DeadlineEndpoint.of("/api/jobreports");

    private final DeadlineTransport transport;
    private final DeadlineJsonReader json = new DeadlineJsonReader();
    private final DeadlineJobMapper mapper = new DeadlineJobMapper(new SharedStrings(16_384));
    private final DeadlineTraffic traffic;

    public DeadlineFarmClient(DeadlineProperties properties) {
        this(properties, new DeadlineTraffic());
    }

    /** @throws IllegalArgumentException when the settings have no URL */
    public DeadlineFarmClient(DeadlineProperties properties, DeadlineTraffic traffic) {
        this.transport = new DeadlineTransport(properties, traffic);
        this.traffic = traffic;
    }

    /** What this client has sent and received so far. */
    public DeadlineTraffic traffic() {
        return traffic;
    }

    @Override
    public String version() {
        return transport.get(DeadlineEndpoint.of("/"), json::firstLine);
    }

    @Override
    public List<Job> allJobs() {
        return jobsAt(JOBS);
    }

    @Override
    public List<Job> jobsIn(StateFilter state) {
        return jobsAt(JOBS.with("States", state.deadlineName()));
    }

    @Override
    public List<JobId> jobIds() {
        return idsAt(JOBS.with("IdOnly", "true"), "_id");
    }

    /** Strict: a server that answers full jobs here ignored {@code IdOnly}, and that is a bad response. */
    @Override
    public List<JobId> jobIdsIn(StateFilter state) {
        return idsAt(JOBS.with("States", state.deadlineName()).with("IdOnly", "true"), null);
    }

    /** Asks for {@value #IDS_PER_REQUEST} ids at a time and joins the answers in order. */
    @Override
    public List<Job> jobs(Collection<JobId> ids) {
        List<String> distinct =
                new LinkedHashSet<>(ids).stream().map(JobId::value).toList();
        List<Job> jobs = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_REQUEST) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_REQUEST));
            jobs.addAll(jobsAt(JOBS.withIds("JobID", batch)));
        }
        return jobs;
    }

    @Override
    public List<Task> tasks(JobId job) {
        return transport.get(
                TASKS.withIds("JobID", List.of(job.value())), body -> json.tasks(body, task -> mapper.task(task, job)));
    }

    @Override
    public List<ErrorReport> errorReports(JobId job) {
        DeadlineEndpoint endpoint =
                JOB_REPORTS.withIds("JobID", List.of(job.value())).with("Data", "error");
        List<ErrorReport> reports = transport.get(
                endpoint,
                body -> json.listOrNone(body, DeadlineReportJson.class, report -> mapper.errorReport(report, job)));
        return reports.stream()
                .sorted(Comparator.comparing(ErrorReport::reportedAt))
                .toList();
    }

    @Override
    public String errorReportContents(JobId job, String reportId) {
        DeadlineEndpoint endpoint = JOB_REPORTS
                .withIds("JobID", List.of(job.value()))
                .withIds("ReportID", List.of(reportId))
                .with("Data", "errorcontents");
        return transport.get(endpoint, json::contents);
    }

    @Override
    public List<Worker> workers() {
        return transport.get(
                DeadlineEndpoint.of("/api/slaves").with("Data", "info"),
                body -> json.list(body, DeadlineWorkerJson.class, mapper::worker));
    }

    @Override
    public List<String> userNames() {
        return transport.get(
                DeadlineEndpoint.of("/api/users").with("NamesOnly", "true"), body -> json.strings(body, "Name"));
    }

    private List<Job> jobsAt(DeadlineEndpoint endpoint) {
        return transport.get(endpoint, body -> json.list(body, DeadlineJobJson.class, mapper::job));
    }

    private List<JobId> idsAt(DeadlineEndpoint endpoint, @Nullable String objectIdField) {
        return transport.get(endpoint, body -> json.strings(body, objectIdField)).stream()
                .map(JobId::new)
                .toList();
    }
}
