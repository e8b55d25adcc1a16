package crashy.notification;

import crashy.job.FinishForecast;
import crashy.job.FirstTaskCompleted;
import crashy.job.Job;
import crashy.job.JobCompleted;
import crashy.job.JobDeleted;
import crashy.job.JobErrored;
import crashy.job.JobEvent;
import crashy.job.JobFailed;
import crashy.job.JobProgressed;
import crashy.job.JobRequeued;
import crashy.job.JobResumed;
import crashy.job.JobStarted;
import crashy.job.JobSubmitted;
import crashy.job.JobSuspended;
import crashy.job.TasksFailed;
import crashy.message.ChatMessage;
import crashy.message.JobText;
import crashy.message.Moment;
import crashy.message.Picture;
import crashy.message.Tone;
import crashy.preview.JobPreviews;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the message for a job event: a headline an artist understands at a glance on a phone's lock screen, the
 * progress, a picture of the frames where there is one to show, and buttons for what one would do next. Also writes
 * the living progress message of a rendering job.
 */
@Component
public final class NotificationComposer {
    private final FinishForecast forecast;
    private final boolean previews;

    @Autowired
    NotificationComposer(FinishForecast forecast, JobPreviews previews) {
        this(forecast, previews.isEnabled());
    }

    /** @param previews whether frames can be shown on this farm */
    NotificationComposer(FinishForecast forecast, boolean previews) {
        this.forecast = forecast;
        this.previews = previews;
    }

    /** The DM for an event. */
    public ChatMessage compose(JobEvent event, Instant now) {
        Job job = event.job();
        String name = job.displayName();
        ChatMessage message;
        if (event instanceof JobSubmitted) {
            message = ChatMessage.titled(Tone.NEUTRAL, "📥 Submitted: " + name, tasksOf(job) + ", " + job.plugin());
        } else if (event instanceof JobStarted) {
            message = ChatMessage.titled(Tone.PROGRESS, "▶️ Rendering: " + name, JobText.progress(job));
        } else if (event instanceof FirstTaskCompleted) {
            message = ChatMessage.titled(Tone.PROGRESS, "🖼 First frame done: " + name, JobText.progress(job));
            message = previewable(job) ? message.withPicture(Picture.first(job.id())) : message;
            Optional<Instant> finishAt = forecast.finishAt(job, now);
            if (finishAt.isPresent()) {
                message = message.withField("Projected finish", Moment.of(finishAt.get()));
            }
        } else if (event instanceof JobProgressed) {
            message = live(job, now);
        } else if (event instanceof JobErrored errored) {
            message = ChatMessage.titled(
                    Tone.WARNING,
                    "⚠️ Errors while rendering: " + name,
                    plural(errored.amount(), "new error") + " (" + job.errors() + " in all)\n" + JobText.progress(job));
            message = withPreviewButton(message, job);
        } else if (event instanceof TasksFailed failed) {
            message = ChatMessage.titled(
                    Tone.WARNING,
                    "⚠️ Tasks failed: " + name,
                    plural(failed.newlyFailed(), "task") + " failed for good\n" + JobText.progress(job));
        } else if (event instanceof JobCompleted) {
            message = ChatMessage.titled(Tone.SUCCESS, "✅ Finished: " + name, tasksOf(job) + took(job, now));
            message = previewable(job) ? message.withPicture(Picture.overview(job.id())) : message;
        } else if (event instanceof JobFailed) {
            message = ChatMessage.titled(
                    Tone.FAILURE,
                    "❌ Failed: " + name,
                    plural(job.tasks().failed(), "failed task") + ", " + plural(job.errors(), "error") + "\n"
                            + JobText.progress(job));
            message = withPreviewButton(message, job);
        } else if (event instanceof JobSuspended) {
            message = ChatMessage.titled(Tone.WARNING, "⏸ Suspended: " + name, JobText.progress(job));
        } else if (event instanceof JobResumed) {
            message = ChatMessage.titled(Tone.PROGRESS, "⏯ Resumed: " + name, JobText.progress(job));
        } else if (event instanceof JobRequeued) {
            message = ChatMessage.titled(Tone.PROGRESS, "🔁 Requeued: " + name, JobText.progress(job));
        } else if (event instanceof JobDeleted) {
            message = ChatMessage.titled(Tone.NEUTRAL, "🗑 Deleted: " + name, "as last seen: " + JobText.progress(job));
        } else {
            throw new IllegalStateException("no message for " + event.kind());
        }
        return message.withField("User", job.user()).withButton("Status", "status " + job.id());
    }

    /** The living message of a job that renders: edited in place as it progresses, with its ETA once known. */
    public ChatMessage live(Job job, Instant now) {
        ChatMessage message = ChatMessage.titled(
                Tone.of(job.state()), JobText.stateEmoji(job.state()) + " " + job.displayName(), JobText.progress(job));
        if (job.errors() > 0) {
            message = message.withField("Errors", String.valueOf(job.errors()));
        }
        Optional<Instant> finishAt = forecast.finishAt(job, now);
        if (finishAt.isPresent()) {
            message = message.withField("ETA", Moment.of(finishAt.get()));
        }
        return withPreviewButton(message.withField("Updated", Moment.of(now)), job)
                .withButton("Status", "status " + job.id());
    }

    /** Whether frames of the job can be shown: previews are on and the job says where it writes them. */
    private boolean previewable(Job job) {
        return previews && !job.outputs().isEmpty();
    }

    /** A button that shows what rendered so far, once a frame is done. */
    private ChatMessage withPreviewButton(ChatMessage message, Job job) {
        return previewable(job) && job.tasks().completed() > 0
                ? message.withButton("🖼 Preview", "preview " + job.id())
                : message;
    }

    private static String tasksOf(Job job) {
        return plural(job.tasks().total(), "task");
    }

    private static String took(Job job, Instant now) {
        return job.startedAt()
                .map(start -> " in "
                        + Moment.span(java.time.Duration.between(
                                start, job.completedAt().orElse(now))))
                .orElse("");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
