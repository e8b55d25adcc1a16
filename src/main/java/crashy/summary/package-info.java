/**
 * Short crash summaries for failed renders: {@link crashy.summary.CrashSummaries} groups a job's error reports by
 * {@link crashy.summary.ErrorFingerprint}, judges whether a machine or the scene is to blame
 * ({@link crashy.summary.Attribution}), answers at once with a rule-based text ({@link crashy.summary.RuleBasedSummaries})
 * and, for errors it has never explained before, asks the {@link crashy.summary.CrashSummarizer} port in the background
 * with condensed, redacted {@link crashy.summary.Evidence}, within a daily {@link crashy.summary.TokenBudget}. Start
 * reading at {@code CrashSummaries}.
 */
@NullMarked
package crashy.summary;

import org.jspecify.annotations.NullMarked;
