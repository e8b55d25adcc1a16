package crashy.command;

import crashy.job.Job;
import crashy.subscription.ChatUser;
import crashy.subscription.Interest;
import crashy.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** {@code /subscribe job}: DMs about any job, as for one's own. */
@Component
final class SubscribeCommand extends InterestCommand {
    SubscribeCommand(JobArguments jobs, SubscriptionService subscriptions) {
        super(jobs, subscriptions);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("subscribe", "Get DMs about a job")
                .withRequiredText("job", "Job id or part of its name");
    }

    @Override
    String choose(ChatUser caller, Job job, SubscriptionService subscriptions) {
        if (owns(caller, job)) {
            subscriptions.forget(caller, job.id());
        } else {
            record(subscriptions, caller, job, Interest.FOLLOW);
        }
        return "🔔 Subscribed to \"" + job.displayName() + "\" (" + job.user() + "). I'll DM you when it finishes,"
                + " fails or starts erroring.";
    }
}
