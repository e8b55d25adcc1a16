package crashy.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Deadline's job status ({@code Stat} of a job, {@code Deadline.Jobs.JobStatus}); there is no code 5. */
public enum JobStatus {
    ACTIVE(1, "Active"),
    SUSPENDED(2, "Suspended"),
    COMPLETED(3, "Completed"),
    FAILED(4, "Failed"),
    PENDING(6, "Pending");

    private final int code;
    private final String filterName;

    JobStatus(int code, String filterName) {
        this.code = code;
        this.filterName = filterName;
    }

    /** The {@code Stat} number. */
    public int code() {
        return code;
    }

    /** The name used in {@code /api/jobs?States=}. */
    public String filterName() {
        return filterName;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }

    /** The status a {@code States=} name stands for; names are matched ignoring case, as the server is lenient. */
    public static Optional<JobStatus> byFilterName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(status -> status.filterName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
