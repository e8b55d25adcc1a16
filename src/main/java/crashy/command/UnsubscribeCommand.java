package crashy.command;

import crashy.job.Job;
import crashy.subscription.ChatUser;
import crashy.subscription.Interest;
import crashy.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** {@code /unsubscribe job}: no more DMs about a job, one's own included. */
@Component
final class UnsubscribeCommand extends InterestCommand {
    UnsubscribeCommand(JobArguments jobs, SubscriptionService subscriptions) {
        super(jobs, subscriptions);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("unsubscribe", "Stop DMs about a job")
                .withRequiredText("job", "Job id or part of its name");
    }

    @Override
    String choose(ChatUser caller, Job job, SubscriptionService subscriptions) {
        record(subscriptions, caller, job, Interest.IGNORE);
        return "🔕 Unsubscribed from \"" + job.displayName() + "\". /subscribe brings it back.";
    }
}
