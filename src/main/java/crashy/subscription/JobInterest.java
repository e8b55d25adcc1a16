package crashy.subscription;

import crashy.job.JobId;
import java.util.Objects;

/** A user's choice about one job. */
public record JobInterest(ChatUserId user, JobId job, Interest interest) {
    public JobInterest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(interest, "interest");
    }
}
