package crashy.command;

import crashy.job.Job;
import crashy.subscription.ChatUser;
import crashy.subscription.Interest;
import crashy.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** {@code /mute job}: only how a job ends, no progress or error DMs. */
@Component
final class MuteCommand extends InterestCommand {
    MuteCommand(JobArguments jobs, SubscriptionService subscriptions) {
        super(jobs, subscriptions);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("mute", "Only tell me how a job ends")
                .withRequiredText("job", "Job id or part of its name");
    }

    @Override
    String choose(ChatUser caller, Job job, SubscriptionService subscriptions) {
        record(subscriptions, caller, job, Interest.MUTED);
        return "🔇 Muted \"" + job.displayName() + "\": you'll only hear when it finishes or fails.";
    }
}
