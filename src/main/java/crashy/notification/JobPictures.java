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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Draws the frames of the farm's jobs for messages. Drawing runs on one or two threads of its own, never on a chat
 * client's or the caller's, which bounds the memory big frames take; the same picture of the same state of a job asked for by
 * many (one completion, thirty subscribers) is drawn once and shared. A message never waits long for its picture:
 * when more pictures are waiting to be drawn than {@link #QUEUE} (the end of a night, hundreds of renders finishing
 * at once) or one takes longer than the timeout, the message goes out without it and with a Preview button instead,
 * and what was already on its way to being drawn is kept for when the button is pressed.
 */
@Component
final class JobPictures implements Pictures, DisposableBean {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int QUEUE = 8;
    private static final Logger log = LoggerFactory.getLogger(JobPictures.class);
    /**
     * Drawing a 4K frame's preview holds about 60 MB of heap until it is done: two at once only when the heap has room
     * for them beside the rest of Crashy (a service run with {@code -Xmx160m}, as the Dockerfile does, draws one at a
     * time; each drawing decodes on both cores anyway, so one thread loses little).
     */
    static final int THREADS = Runtime.getRuntime().maxMemory() >= 512L << 20 ? 2 : 1;

    /** Enough to share one drawing among the recipients of an event and answer their Preview buttons. */
    private static final int REMEMBERED = 24;

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
        this.pool =
                new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
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
        Optional<CompletableFuture<FramePreview>> drawing =
                draw(new Key(picture, job.get().state(), job.get().tasks()), job.get());
        if (drawing.isEmpty()) {
            return later(message, picture, "many previews are being drawn right now");
        }
        Optional<FramePreview> preview = await(drawing.get());
        if (preview.isEmpty()) {
            return later(message, picture, "the preview is taking a while to draw");
        }
        if (preview.get() instanceof FramePreview.Shown shown) {
            return new Outgoing(
                    message.withoutPicture().withField("Preview", shown.caption()),
                    Optional.of(new Attachment(shown.fileName(), shown.jpeg())));
        }
        return Outgoing.textOnly(message.withField("Preview", ((FramePreview.NotShown) preview.get()).why()));
    }

    /** The message without its picture for now, with a button that asks for it again. */
    private static Outgoing later(ChatMessage message, Picture picture, String why) {
        String command = "preview " + picture.job().value()
                + (picture.framing() == Picture.Framing.FRAME ? " " + picture.frame() : "");
        ChatMessage text = message.withField("Preview", why + ": press 🖼 Preview in a minute");
        if (text.buttons().stream().noneMatch(button -> button.command().equals(command))) {
            text = text.withButton("🖼 Preview", command);
        }
        return Outgoing.textOnly(text);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** The picture being drawn or drawn already; empty when too many wait to be drawn to take another. */
    private Optional<CompletableFuture<FramePreview>> draw(Key key, Job job) {
        synchronized (drawn) {
            CompletableFuture<FramePreview> known = drawn.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            CompletableFuture<FramePreview> drawing;
            try {
                drawing = CompletableFuture.supplyAsync(() -> render(key.picture(), job), pool);
            } catch (RejectedExecutionException busy) {
                return Optional.empty();
            }
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
            return Optional.of(drawing);
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

    /** The picture, or empty when it is not drawn in time (it goes on being drawn, for later). */
    private Optional<FramePreview> await(CompletableFuture<FramePreview> drawing) {
        try {
            return Optional.of(drawing.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            log.error("Drawing a preview failed", e.getCause());
            return Optional.of(new FramePreview.NotShown("the preview could not be drawn"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new FramePreview.NotShown("stopped while drawing the preview"));
        }
    }
}
