/**
 * The render jobs Crashy watches, as Crashy needs them: a compact {@link crashy.job.Job} record, its tasks and error
 * reports, and the past-tense {@link crashy.job.JobEvent}s that {@link crashy.job.JobChangeDetector} derives from two
 * views of one job. Pure Java with no framework; start reading at {@code JobChangeDetector}.
 */
@NullMarked
package crashy.job;

import org.jspecify.annotations.NullMarked;
