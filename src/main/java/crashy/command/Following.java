package crashy.command;

import crashy.job.Job;
import crashy.subscription.ChatUser;
import crashy.subscription.SubscriptionService;

/** Whether a user currently hears about a job. */
final class Following {
    private Following() {}

    static boolean of(SubscriptionService subscriptions, ChatUser user, Job job) {
        return subscriptions.recipients(job).stream()
                .anyMatch(recipient -> recipient.user().id().equals(user.id()));
    }
}
