package crashy.subscription;

import crashy.job.JobId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps chat users, their choices about jobs, and one-time link codes. */
public interface SubscriptionStore {
    Optional<ChatUser> user(ChatUserId id);

    void save(ChatUser user);

    /** The users linked to this Deadline user name (ignoring case). */
    List<ChatUser> linkedTo(String deadlineUser);

    /** Every choice any user made about this job. */
    List<JobInterest> interestsIn(JobId job);

    /** Every choice this user made. */
    List<JobInterest> interestsOf(ChatUserId user);

    void choose(JobInterest interest);

    void forget(ChatUserId user, JobId job);

    void saveCode(LinkCode code);

    /** Takes a code if it exists and has not expired; a code can be taken once. */
    Optional<LinkCode> takeCode(String code, Instant now);
}
