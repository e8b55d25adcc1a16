package crashy.command;

import crashy.farm.JobBoard;
import crashy.job.Job;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code /jobs [user]}: the newest jobs on the farm, or of one Deadline user. */
@Component
final class JobsCommand implements ChatCommand {
    private final JobBoard board;

    JobsCommand(JobBoard board) {
        this.board = board;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("jobs", "Recent jobs on the farm, or of one user")
                .withOptionalText("user", "Deadline user name");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        String user = request.text("user").orElse("");
        List<Job> jobs = board.jobs().stream()
                .filter(job -> user.isEmpty() || job.user().equalsIgnoreCase(user))
                .toList();
        String title = user.isEmpty() ? "Recent jobs" : "Recent jobs of " + user.toLowerCase(Locale.ROOT);
        return CommandReply.of(ChatMessage.titled(Tone.NEUTRAL, title, JobList.of(jobs)));
    }
}
