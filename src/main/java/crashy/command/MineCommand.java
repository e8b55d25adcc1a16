package crashy.command;

import crashy.farm.JobBoard;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.subscription.ChatUser;
import crashy.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** {@code /mine}: the caller's own recent jobs. */
@Component
final class MineCommand implements ChatCommand {
    private final JobBoard board;
    private final SubscriptionService subscriptions;

    MineCommand(JobBoard board, SubscriptionService subscriptions) {
        this.board = board;
        this.subscriptions = subscriptions;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("mine", "Your recent jobs");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        String own = caller.linkedTo()
                .orElseThrow(() -> new CommandException("Link your Deadline user first: /link <deadline-user>."));
        return CommandReply.of(ChatMessage.titled(
                Tone.NEUTRAL,
                "Your jobs (" + own + ")",
                JobList.of(board.jobs().stream()
                        .filter(job -> job.user().equalsIgnoreCase(own))
                        .toList())));
    }
}
