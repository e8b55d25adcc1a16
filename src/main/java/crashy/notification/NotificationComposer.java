package crashy.notification;

import crashy.command.StatusText;
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
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes the message for a job event, in plain text: one headline an artist understands at a glance on a phone's
 * lock screen, and a line of detail. Progress is not worth a message of its own.
 */
@Component
public final class NotificationComposer {

    public Optional<String> compose(JobEvent event, Instant now) {
        Job job = event.job();
        String name = "\"" + job.displayName() + "\"";
        String who = " (" + job.user() + ")";
        String message;
        if (event instanceof JobSubmitted) {
            message = "📥 " + name + who + " was submitted: " + job.tasks().total() + " tasks, " + job.plugin();
        } else if (event instanceof JobStarted) {
            message = "▶️ " + name + who + " started rendering";
        } else if (event instanceof FirstTaskCompleted) {
            message = "🖼 " + name + who + ": first frame done · " + StatusText.bar(job.tasks());
        } else if (event instanceof JobProgressed) {
            return Optional.empty();
        } else if (event instanceof JobErrored errored) {
            message = "⚠️ " + name + who + " is erroring: " + errored.amount() + " new error"
                    + (errored.amount() == 1 ? "" : "s") + " (" + job.errors() + " in all) · "
                    + StatusText.bar(job.tasks());
        } else if (event instanceof TasksFailed failed) {
            message = "⚠️ " + name + who + ": " + failed.newlyFailed() + " task"
                    + (failed.newlyFailed() == 1 ? "" : "s") + " failed for good";
        } else if (event instanceof JobCompleted) {
            message = "✅ " + name + who + " finished: " + job.tasks().total() + " tasks"
                    + job.startedAt()
                            .map(start -> " in " + StatusText.ago(start, now))
                            .orElse("");
        } else if (event instanceof JobFailed) {
            message = "❌ " + name + who + " failed: " + job.tasks().failed() + " failed tasks, " + job.errors()
                    + " errors · " + StatusText.bar(job.tasks());
        } else if (event instanceof JobSuspended) {
            message = "⏸ " + name + who + " was suspended · " + StatusText.bar(job.tasks());
        } else if (event instanceof JobResumed) {
            message = "⏯ " + name + who + " was resumed";
        } else if (event instanceof JobRequeued) {
            message = "🔁 " + name + who + " was requeued";
        } else if (event instanceof JobDeleted) {
            message = "🗑 " + name + who + " was deleted";
        } else {
            throw new IllegalStateException("no message for " + event.kind());
        }
        return Optional.of(message);
    }
}
