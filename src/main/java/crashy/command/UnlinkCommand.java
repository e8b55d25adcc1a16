package crashy.command;

import crashy.subscription.ChatUser;
import crashy.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** {@code /unlink}: forgets the caller's Deadline user name; their own jobs stop following them. */
@Component
final class UnlinkCommand implements ChatCommand {
    private final SubscriptionService subscriptions;

    UnlinkCommand(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("unlink", "Unlink your chat account from your Deadline user name");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        if (!caller.isLinked()) {
            return CommandReply.text("You are not linked to a Deadline user.");
        }
        subscriptions.unlink(caller, request.trust());
        return CommandReply.text("Unlinked. /link <name> links you again.");
    }
}
