package crashy.testing;

import crashy.farm.FarmClient;
import crashy.farm.FarmUnavailableException;
import crashy.farm.StateFilter;
import crashy.farm.Worker;
import crashy.farm.WorkerState;
import crashy.job.ErrorReport;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.Task;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A farm a test sets up job by job. It can be taken down, and can behave like a server that ignores {@code States}
 * when {@code IdOnly} is given. It counts what it was asked.
 */
public final class ScriptedFarmClient implements FarmClient {
    private final Map<JobId, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Worker> workers = new LinkedHashMap<>();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final List<JobId> fetchedById = new ArrayList<>();
    private final Map<JobId, List<Task>> tasks = new LinkedHashMap<>();
    private boolean down;
    private CountDownLatch workersEntered;
    private CountDownLatch workersRelease;
    private boolean ignoresStatesWithIdOnly;

    public synchronized ScriptedFarmClient put(Job job) {
        jobs.put(job.id(), job);
        return this;
    }

    public synchronized ScriptedFarmClient delete(JobId id) {
        jobs.remove(id);
        return this;
    }

    /** Puts a worker on a job's task, or makes it idle with a null job. */
    public synchronized ScriptedFarmClient worker(String name, Job job, String task) {
        workers.put(
                name,
                new Worker(
                        name,
                        job == null ? WorkerState.IDLE : WorkerState.RENDERING,
                        job == null ? null : job.id(),
                        job == null ? "" : task));
        return this;
    }

    /** The tasks the farm answers for a job; a job without any answers none. */
    public synchronized ScriptedFarmClient tasks(JobId job, List<Task> answer) {
        tasks.put(job, List.copyOf(answer));
        return this;
    }

    public synchronized void setDown(boolean down) {
        this.down = down;
    }

    public synchronized void ignoreStatesWithIdOnly() {
        this.ignoresStatesWithIdOnly = true;
    }

    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** Every id fetched with {@link #jobs(Collection)} so far, then forgets them. */
    public synchronized List<JobId> takeFetchedById() {
        List<JobId> taken = List.copyOf(fetchedById);
        fetchedById.clear();
        return taken;
    }

    @Override
    public String version() {
        answer("version");
        return "Deadline Web Service 10.1 [scripted]";
    }

    @Override
    public synchronized List<Job> allJobs() {
        answer("allJobs");
        return List.copyOf(jobs.values());
    }

    @Override
    public synchronized List<Job> jobsIn(StateFilter state) {
        answer("jobsIn");
        return jobs.values().stream().filter(job -> state.matches(job.state())).toList();
    }

    @Override
    public synchronized List<JobId> jobIds() {
        answer("jobIds");
        return List.copyOf(jobs.keySet());
    }

    @Override
    public synchronized List<JobId> jobIdsIn(StateFilter state) {
        answer("jobIdsIn");
        if (ignoresStatesWithIdOnly) {
            return List.copyOf(jobs.keySet());
        }
        return jobs.values().stream()
                .filter(job -> state.matches(job.state()))
                .map(Job::id)
                .toList();
    }

    @Override
    public synchronized List<Job> jobs(Collection<JobId> ids) {
        answer("jobs");
        fetchedById.addAll(ids);
        return ids.stream().filter(jobs::containsKey).map(jobs::get).toList();
    }

    @Override
    public synchronized List<Task> tasks(JobId job) {
        answer("tasks");
        return tasks.getOrDefault(job, List.of());
    }

    @Override
    public List<ErrorReport> errorReports(JobId job) {
        answer("errorReports");
        return List.of();
    }

    @Override
    public String errorReportContents(JobId job, String reportId) {
        answer("errorReportContents");
        return "";
    }

    /** From now on every worker list hangs until {@code release} opens; {@code entered} opens at the first. */
    public synchronized void holdWorkers(CountDownLatch entered, CountDownLatch release) {
        this.workersEntered = entered;
        this.workersRelease = release;
    }

    @Override
    public List<Worker> workers() {
        CountDownLatch entered;
        CountDownLatch release;
        synchronized (this) {
            answer("workers");
            entered = workersEntered;
            release = workersRelease;
        }
        if (release != null) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            return List.copyOf(workers.values());
        }
    }

    @Override
    public List<String> userNames() {
        answer("userNames");
        return List.of("alice", "bob");
    }

    private synchronized void answer(String method) {
        calls.merge(method, 1, Integer::sum);
        if (down) {
            throw new FarmUnavailableException(
                    FarmUnavailableException.Reason.UNREACHABLE, "Deadline Web Service is unreachable: scripted");
        }
    }
}
