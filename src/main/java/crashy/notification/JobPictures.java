package crashy.notification;

import crashy.farm.FarmClient;
import crashy.farm.FarmUnavailableException;
import crashy.farm.JobBoard;
import crashy.job.Job;
import crashy.job.JobState;
import crashy.job.Task;
import crashy.job.TaskCounts;
import crashy.message.ChatMessage;
import crashy.message.Picture;
import crashy.preview.FramePreview;
import crashy.preview.JobPreviews;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Draws the frames of the farm's jobs for messages. Drawing runs on two threads of its own, never on a chat client's
 * or the caller's, which bounds the memory big frames take; the same picture of the same state of a job asked for by
 * many (one completion, thirty subscribers) is drawn once and shared. A picture that takes too long is left out.
 */
@Component
final class JobPictures implements Pictures, DisposableBean {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(JobPictures.class);
    private static final int THREADS = 2;
    private static final int REMEMBERED = 64;

    /** What a picture depends on: the job's progress, so a later state of a running job is drawn anew. */
    private record Key(Picture picture, JobState state, TaskCounts tasks) {}

    private final JobBoard board;
    private final FarmClient farm;
    private final JobPreviews previews;
    private final ExecutorService pool;
    private final Duration timeout;
    private final Map<Key, CompletableFuture<FramePreview>> drawn = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<FramePreview>> eldest) {
            return size() > REMEMBERED;
        }
    };

    @Autowired
    JobPictures(JobBoard board, FarmClient farm, JobPreviews previews) {
        this(board, farm, previews, TIMEOUT);
    }

    JobPictures(JobBoard board, FarmClient farm, JobPreviews previews, Duration timeout) {
        this.board = board;
        this.farm = farm;
        this.previews = previews;
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "preview-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Outgoing prepare(ChatMessage message) {
        if (message.picture().isEmpty()) {
            return new Outgoing(message, Optional.empty());
        }
        Picture picture = message.picture().get();
        Optional<Job> job = board.find(picture.job());
        if (job.isEmpty()) {
            return Outgoing.textOnly(message.withField("Preview", "the job is no longer on the farm"));
        }
        FramePreview preview =
                await(draw(new Key(picture, job.get().state(), job.get().tasks()), job.get()));
        if (preview instanceof FramePreview.Shown shown) {
            return new Outgoing(
                    message.withoutPicture().withField("Preview", shown.caption()),
                    Optional.of(new Attachment(shown.fileName(), shown.jpeg())));
        }
        return Outgoing.textOnly(message.withField("Preview", ((FramePreview.NotShown) preview).why()));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    private CompletableFuture<FramePreview> draw(Key key, Job job) {
        synchronized (drawn) {
            CompletableFuture<FramePreview> known = drawn.get(key);
            if (known != null) {
                return known;
            }
            CompletableFuture<FramePreview> drawing =
                    CompletableFuture.supplyAsync(() -> render(key.picture(), job), pool);
            drawn.put(key, drawing);
            // A picture that could not be drawn is tried again next time: the frame may be on disk by then.
            drawing.thenAccept(preview -> {
                if (preview instanceof FramePreview.NotShown) {
                    forget(key, drawing);
                }
            });
            drawing.exceptionally(failure -> {
                forget(key, drawing);
                return null;
            });
            return drawing;
        }
    }

    private void forget(Key key, CompletableFuture<FramePreview> drawing) {
        synchronized (drawn) {
            drawn.remove(key, drawing);
        }
    }

    private FramePreview render(Picture picture, Job job) {
        List<Task> tasks = tasksOf(job);
        return switch (picture.framing()) {
            case FRAME -> previews.frame(job, tasks, picture.frame());
            case FIRST -> previews.first(job, tasks);
            case OVERVIEW -> previews.overview(job, tasks);
        };
    }

    /** The job's tasks, or none when the farm cannot say right now: then the frames are looked for on disk. */
    private List<Task> tasksOf(Job job) {
        try {
            return farm.tasks(job.id());
        } catch (FarmUnavailableException e) {
            return List.of();
        }
    }

    private FramePreview await(CompletableFuture<FramePreview> drawing) {
        try {
            return drawing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new FramePreview.NotShown("the preview took too long to draw");
        } catch (ExecutionException e) {
            log.error("Drawing a preview failed", e.getCause());
            return new FramePreview.NotShown("the preview could not be drawn");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FramePreview.NotShown("stopped while drawing the preview");
        }
    }
}
