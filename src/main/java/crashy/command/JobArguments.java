package crashy.command;

import crashy.farm.JobBoard;
import crashy.job.Job;
import crashy.subscription.ChatUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Finds the job a user means by an id or part of a name, and suggests jobs while they type: their own jobs first,
 * newest first.
 */
@Component
public final class JobArguments {
    private final JobBoard board;

    public JobArguments(JobBoard board) {
        this.board = board;
    }

    public Job find(String text, ChatUser caller) {
        return board.findByIdOrName(text)
                .or(() -> matching(text, caller).stream().findFirst())
                .orElseThrow(() -> new CommandException("No job matches \"" + text.strip()
                        + "\". Give a job id or part of its name; /mine lists yours."));
    }

    public List<Choice> suggest(String partial, ChatUser caller) {
        return matching(partial, caller).stream()
                .limit(25)
                .map(job -> new Choice(
                        job.displayName() + " · " + job.user() + " · "
                                + job.state().label(),
                        job.id().value()))
                .toList();
    }

    private List<Job> matching(String partial, ChatUser caller) {
        String wanted = partial.strip().toLowerCase(Locale.ROOT);
        String own = caller.linkedTo().orElse("").toLowerCase(Locale.ROOT);
        return board.jobs().stream()
                .filter(job -> wanted.isEmpty()
                        || job.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                        || job.id().value().startsWith(wanted))
                .sorted(Comparator.comparing((Job job) ->
                                !job.user().toLowerCase(Locale.ROOT).equals(own))
                        .thenComparing((Job job) -> job.submittedAt().orElse(Instant.EPOCH), Comparator.reverseOrder()))
                .toList();
    }
}
