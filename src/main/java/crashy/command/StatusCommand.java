package crashy.command;

import crashy.farm.FarmSummary;
import crashy.farm.JobBoard;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** {@code /status [job]}: the farm at a glance, or one job in detail. */
@Component
final class StatusCommand implements ChatCommand {
    private final JobBoard board;
    private final Clock clock;

    StatusCommand(JobBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("status", "The render farm at a glance, or one job in detail")
                .withOptionalText("job", "Job id or part of its name");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        return new CommandReply(request.text("job")
                .map(this::detail)
                .orElseGet(() -> StatusText.summary(
                        FarmSummary.of(board.jobs(), board.workers(), board.health(), clock.instant()),
                        clock.instant())));
    }

    private String detail(String wanted) {
        return board.findByIdOrName(wanted)
                .map(job -> StatusText.detail(job, board.health(), clock.instant()))
                .orElse("No job matches \"" + wanted + "\". Try /status for the farm, or give a job id or part of a"
                        + " job name.");
    }
}
