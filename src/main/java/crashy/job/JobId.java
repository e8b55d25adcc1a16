package crashy.job;

import java.util.Objects;

/** The id Deadline gives a job: a 24-digit hex MongoDB ObjectId in practice, any non-blank text in principle. */
public record JobId(String value) implements Comparable<JobId> {
    public JobId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a job id cannot be blank");
        }
    }

    @Override
    public int compareTo(JobId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
