package crashy.command;

import crashy.job.Job;
import crashy.subscription.ChatUser;
import crashy.subscription.Interest;
import crashy.subscription.SubscriptionService;
import java.util.List;

/** What {@code /subscribe}, {@code /unsubscribe} and {@code /mute} share: find the job, record the choice. */
abstract class InterestCommand implements ChatCommand {
    private final JobArguments jobs;
    private final SubscriptionService subscriptions;

    InterestCommand(JobArguments jobs, SubscriptionService subscriptions) {
        this.jobs = jobs;
        this.subscriptions = subscriptions;
    }

    /** The choice to record for this job and caller, and what to tell them. */
    abstract String choose(ChatUser caller, Job job, SubscriptionService subscriptions);

    @Override
    public final CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        Job job = jobs.find(request.text("job").orElseThrow(), caller);
        return CommandReply.text(choose(caller, job, subscriptions));
    }

    @Override
    public final List<Choice> suggest(String option, String partial, CommandRequest request) {
        return jobs.suggest(partial, subscriptions.user(request.user(), request.displayName()));
    }

    static boolean owns(ChatUser caller, Job job) {
        return caller.linkedTo().map(own -> own.equalsIgnoreCase(job.user())).orElse(false);
    }

    static void record(SubscriptionService subscriptions, ChatUser caller, Job job, Interest interest) {
        subscriptions.choose(caller, job.id(), interest);
    }
}
