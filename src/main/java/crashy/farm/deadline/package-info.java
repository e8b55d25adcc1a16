/**
 * The adapter to the Deadline Web Service REST API: {@link crashy.farm.deadline.DeadlineFarmClient} implements the
 * {@link crashy.farm.FarmClient} port over HTTP, streams Deadline's JSON into package-private records and maps them
 * with {@code DeadlineJobMapper} onto Crashy's jobs, tasks, error reports and workers, turning every transport, HTTP and
 * parse failure into a {@link crashy.farm.FarmUnavailableException}. Start reading at {@code DeadlineFarmClient}; the
 * settings are {@link crashy.farm.deadline.DeadlineProperties} and {@link crashy.farm.deadline.DeadlineTraffic} counts
 * what the client sent and received.
 */
@NullMarked
package crashy.farm.deadline;

import org.jspecify.annotations.NullMarked;
