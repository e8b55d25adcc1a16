package crashy.command;

import crashy.job.Job;
import crashy.message.JobText;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A short list of jobs, newest first, one line each. */
final class JobList {
    static final int MAX = 15;

    private JobList() {}

    static String of(Collection<Job> jobs) {
        List<Job> newest = jobs.stream()
                .sorted(Comparator.comparing((Job job) -> job.submittedAt().orElse(Instant.EPOCH))
                        .reversed())
                .toList();
        if (newest.isEmpty()) {
            return "No jobs in the last two weeks.";
        }
        StringBuilder text = new StringBuilder();
        newest.stream()
                .limit(MAX)
                .forEach(job -> text.append(JobText.stateEmoji(job.state()))
                        .append(' ')
                        .append(job.displayName())
                        .append(" · ")
                        .append(JobText.bar(job.tasks()))
                        .append(job.errors() > 0 ? " · ⚠ " + job.errors() + " errors" : "")
                        .append(" · ")
                        .append(job.id())
                        .append('\n'));
        if (newest.size() > MAX) {
            text.append("… and ").append(newest.size() - MAX).append(" older");
        }
        return text.toString().stripTrailing();
    }
}
