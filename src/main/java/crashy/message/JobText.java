package crashy.message;

import crashy.job.Job;
import crashy.job.JobState;
import crashy.job.TaskCounts;

/** Short plain-text pieces about a job that every message uses: progress bars, state labels. */
public final class JobText {
    private static final int BAR_WIDTH = 10;

    private JobText() {}

    /** A ten-cell progress bar with the percentage: {@code ▓▓▓▓▓░░░░░  50%}. */
    public static String bar(TaskCounts tasks) {
        int filled = (int) Math.floor(tasks.progress() * BAR_WIDTH);
        return "▓".repeat(filled)
                + "░".repeat(BAR_WIDTH - filled)
                + String.format(" %3d%%", (int) Math.floor(tasks.progress() * 100));
    }

    /** {@code ▓▓▓░░░░░░░  30% · 3/10 tasks, 1 failed}. */
    public static String progress(Job job) {
        TaskCounts tasks = job.tasks();
        StringBuilder text = new StringBuilder(bar(tasks))
                .append(" · ")
                .append(tasks.completed())
                .append('/')
                .append(tasks.total())
                .append(" tasks");
        if (tasks.rendering() > 0) {
            text.append(", ").append(tasks.rendering()).append(" rendering");
        }
        if (tasks.failed() > 0) {
            text.append(", ").append(tasks.failed()).append(" failed");
        }
        return text.toString();
    }

    public static String stateEmoji(JobState state) {
        return switch (state) {
            case RENDERING -> "🟦";
            case QUEUED -> "⏳";
            case COMPLETED -> "✅";
            case FAILED -> "❌";
            case SUSPENDED -> "⏸";
            case PENDING -> "🕓";
            case UNKNOWN -> "❔";
        };
    }
}
