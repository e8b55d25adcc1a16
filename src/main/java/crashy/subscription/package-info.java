/**
 * Who Crashy talks to and about which jobs: chat users linked to Deadline user names, their subscriptions (their own
 * jobs automatically, any other job on request), which events they want, and who may see the farm at all. Start at
 * {@link crashy.subscription.SubscriptionService}.
 */
@NullMarked
package crashy.subscription;

import org.jspecify.annotations.NullMarked;
