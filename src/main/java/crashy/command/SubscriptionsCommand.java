package crashy.command;

import crashy.farm.JobBoard;
import crashy.message.ChatMessage;
import crashy.message.Moment;
import crashy.message.Tone;
import crashy.subscription.ChatUser;
import crashy.subscription.JobInterest;
import crashy.subscription.SubscriptionService;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /subscriptions}: what the caller hears about, and whether DMs to them fail. */
@Component
final class SubscriptionsCommand implements ChatCommand {
    private final SubscriptionService subscriptions;
    private final JobBoard board;

    SubscriptionsCommand(SubscriptionService subscriptions, JobBoard board) {
        this.subscriptions = subscriptions;
        this.board = board;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("subscriptions", "What you get DMs about");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        StringBuilder text = new StringBuilder();
        if (caller.undeliverableSince() != null) {
            text.append("⚠ My DMs to you fail since ")
                    .append(Moment.of(caller.undeliverableSince()))
                    .append(": ")
                    .append(caller.undeliverableReason())
                    .append(". Open your DMs to me (or unblock me) and they resume.\n\n");
        }
        text.append(caller.linkedTo()
                .map(own -> caller.followsOwnJobs()
                        ? "Your own jobs (" + own + "): on"
                        : "Your own jobs (" + own + "): off (/settings own_jobs on)")
                .orElse("Not linked to a Deadline user: /link <name> to follow your own jobs."));
        text.append("\nEvents: ")
                .append(SettingsCommand.describe(caller.notifyOn()))
                .append('\n');
        List<JobInterest> interests = subscriptions.interestsOf(caller.id());
        interests.forEach(interest -> text.append('\n')
                .append(
                        switch (interest.interest()) {
                            case FOLLOW -> "🔔 ";
                            case MUTED -> "🔇 ";
                            case IGNORE -> "🔕 ";
                        })
                .append(board.find(interest.job()).map(job -> job.displayName()).orElse("(gone)"))
                .append(" · ")
                .append(interest.job()));
        return CommandReply.of(ChatMessage.titled(
                caller.undeliverableSince() == null ? Tone.NEUTRAL : Tone.WARNING,
                "Your subscriptions",
                text.toString().stripTrailing()));
    }
}
