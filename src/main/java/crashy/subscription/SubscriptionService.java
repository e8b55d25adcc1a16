package crashy.subscription;

import crashy.job.Job;
import crashy.job.JobEventKind;
import crashy.job.JobId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Links chat users to Deadline users and keeps their choices about jobs. Everyone linked follows their own jobs
 * unless they opt out; anyone with access may follow any job; choices about one job override the defaults.
 */
@Component
public final class SubscriptionService {
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(15);
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SubscriptionStore store;
    private final DeadlineUsers deadlineUsers;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionService(SubscriptionStore store, DeadlineUsers deadlineUsers, Clock clock) {
        this.store = store;
        this.deadlineUsers = deadlineUsers;
        this.clock = clock;
    }

    /** The user as stored, or a newcomer; the display name is refreshed. */
    public synchronized ChatUser user(ChatUserId id, String displayName) {
        ChatUser user = store.user(id).orElseGet(() -> ChatUser.newcomer(id, displayName));
        if (!user.displayName().equals(displayName) && !displayName.isBlank()) {
            user = user.withDisplayName(displayName);
            if (store.user(id).isPresent()) {
                store.save(user);
            }
        }
        return user;
    }

    /** Whether the caller may see the farm: vouched for by the platform, or linked. */
    public boolean hasAccess(ChatUser user, Trust trust) {
        return trust.atLeast(Trust.MEMBER) || user.isLinked();
    }

    /** Links a user to a Deadline user; admins may link others and lock the link. */
    public synchronized ChatUser link(ChatUser target, String deadlineUser, Trust callerTrust, boolean lock) {
        String canonical = deadlineUsers
                .find(deadlineUser.strip())
                .orElseThrow(() -> new SubscriptionException("There is no Deadline user \"" + deadlineUser.strip()
                        + "\". Use the name you submit renders as (Deadline Monitor shows it)."));
        if (target.linkLocked() && !callerTrust.atLeast(Trust.ADMIN)) {
            throw new SubscriptionException("An admin linked this account; ask them to change it.");
        }
        ChatUser linked = target.linked(canonical, lock && callerTrust.atLeast(Trust.ADMIN));
        store.save(linked.undeliverable(null, ""));
        return linked;
    }

    public synchronized ChatUser unlink(ChatUser user, Trust callerTrust) {
        if (user.linkLocked() && !callerTrust.atLeast(Trust.ADMIN)) {
            throw new SubscriptionException("An admin linked this account; ask them to change it.");
        }
        ChatUser unlinked = user.linked(null, false);
        store.save(unlinked);
        return unlinked;
    }

    /** A one-time code that links a Telegram account to this user's Deadline user. */
    public synchronized LinkCode newLinkCode(ChatUser user) {
        String deadline = user.linkedTo()
                .orElseThrow(() -> new SubscriptionException("Link your Deadline user first: /link <deadline-user>."));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        LinkCode linkCode =
                new LinkCode(code.toString(), deadline, clock.instant().plus(CODE_LIFETIME));
        store.saveCode(linkCode);
        return linkCode;
    }

    /** Links the user to the Deadline user the code was made for; a code works once, for 15 minutes. */
    public synchronized ChatUser redeem(ChatUser user, String code) {
        LinkCode linkCode = store.takeCode(code.strip().toUpperCase(java.util.Locale.ROOT), clock.instant())
                .orElseThrow(() -> new SubscriptionException(
                        "That link code is unknown or expired. Ask for a new one with /link telegram on Discord."));
        ChatUser linked = user.linked(linkCode.deadlineUser(), false);
        store.save(linked);
        return linked;
    }

    public synchronized void choose(ChatUser user, JobId job, Interest interest) {
        store.save(user);
        store.choose(new JobInterest(user.id(), job, interest));
    }

    public synchronized void forget(ChatUser user, JobId job) {
        store.forget(user.id(), job);
    }

    public List<JobInterest> interestsOf(ChatUserId user) {
        return store.interestsOf(user);
    }

    public synchronized ChatUser settings(ChatUser user, boolean followOwnJobs, Set<JobEventKind> events) {
        ChatUser changed = user.withSettings(followOwnJobs, events);
        store.save(changed);
        return changed;
    }

    /** Everyone who hears about this job: its owner's linked accounts, and whoever chose to follow or mute it. */
    public List<Recipient> recipients(Job job) {
        Map<ChatUserId, Recipient> recipients = new LinkedHashMap<>();
        for (ChatUser owner : store.linkedTo(job.user())) {
            if (owner.followsOwnJobs()) {
                recipients.put(owner.id(), new Recipient(owner, Interest.FOLLOW));
            }
        }
        for (JobInterest interest : store.interestsIn(job.id())) {
            if (interest.interest() == Interest.IGNORE) {
                recipients.remove(interest.user());
            } else {
                store.user(interest.user())
                        .ifPresent(user -> recipients.put(user.id(), new Recipient(user, interest.interest())));
            }
        }
        return new ArrayList<>(recipients.values());
    }

    /** Records that DMs to this user fail (blocked, DMs closed) since the given moment, and why. */
    public synchronized void markUndeliverable(ChatUserId id, Instant since, String reason) {
        store.user(id).ifPresent(user -> store.save(user.undeliverable(since, reason)));
    }
}
