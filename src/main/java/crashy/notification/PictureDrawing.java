package crashy.notification;

import crashy.farm.FarmClient;
import crashy.farm.FarmUnavailableException;
import crashy.job.Job;
import crashy.job.JobState;
import crashy.job.Task;
import crashy.job.TaskCounts;
import crashy.message.Picture;
import crashy.preview.FramePreview;
import crashy.preview.JobPreviews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws pictures of jobs on threads of its own, never a chat client's or a caller's, which bounds the memory big frames
 * take; the same picture of the same state of a job asked for by many (one completion, thirty subscribers) is drawn
 * once and shared, and at most {@link #QUEUE} wait their turn.
 */
final class PictureDrawing implements AutoCloseable {
    static final int QUEUE = 8;

    /**
     * Drawing a 4K frame's preview holds about 15 MB of heap until it is done: two at once only when the heap has room
     * for them beside the rest of Crashy (a service run with {@code -Xmx160m}, as the Dockerfile does, draws one at a
     * time; each drawing decodes on both cores anyway, so one thread loses little).
     */
    static final int THREADS = Runtime.getRuntime().maxMemory() >= 512L << 20 ? 2 : 1;

    /** Enough to share one drawing among the recipients of an event and answer their Preview buttons. */
    private static final int REMEMBERED = 24;

    /**
     * What a picture depends on: the job's progress, so a later state of a running job is drawn anew; and whether it
     * is the quick stand-in for an overview (the last frame alone).
     */
    record Key(Picture picture, JobState state, TaskCounts tasks, boolean quick) {
        static Key of(Picture picture, Job job, boolean quick) {
            return new Key(picture, job.state(), job.tasks(), quick);
        }
    }

    private final FarmClient farm;
    private final JobPreviews previews;
    private final ThreadPoolExecutor pool;
    private final Map<Key, CompletableFuture<FramePreview>> drawn = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<FramePreview>> eldest) {
            return size() > REMEMBERED;
        }
    };

    PictureDrawing(FarmClient farm, JobPreviews previews) {
        this.farm = farm;
        this.previews = previews;
        AtomicInteger count = new AtomicInteger();
        this.pool =
                new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
                    Thread thread = new Thread(task, "preview-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** How many pictures wait for a drawing thread. */
    int waiting() {
        return pool.getQueue().size();
    }

    /** The picture being drawn or drawn already; empty when too many wait to be drawn to take another. */
    Optional<CompletableFuture<FramePreview>> draw(Key key, Job job) {
        synchronized (drawn) {
            CompletableFuture<FramePreview> known = drawn.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            CompletableFuture<FramePreview> drawing;
            try {
                drawing = CompletableFuture.supplyAsync(() -> render(key, job), pool);
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

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void forget(Key key, CompletableFuture<FramePreview> drawing) {
        synchronized (drawn) {
            drawn.remove(key, drawing);
        }
    }

    private FramePreview render(Key key, Job job) {
        List<Task> tasks = tasksOf(job);
        Picture picture = key.picture();
        return switch (picture.framing()) {
            case FRAME -> previews.frame(job, tasks, picture.frame());
            case FIRST -> previews.first(job, tasks);
            case OVERVIEW -> key.quick() ? previews.last(job, tasks) : previews.overview(job, tasks);
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
}
