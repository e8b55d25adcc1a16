package crashy.simulator;

import java.util.Objects;

/** What {@code /api/jobs?Details=true} tells about a job beyond its view: render time statistics. */
record JobDetails(JobView view, long totalRenderMillis, long averageTaskMillis, long remainingMillis) {

    JobDetails {
        Objects.requireNonNull(view, "view");
    }
}
