/**
 * The {@link crashy.summary.CrashSummarizer} over OpenAI's chat completions API, with the official openai-java client:
 * {@code OpenAiCrashSummarizer} streams a short answer to condensed, redacted evidence and turns every failure (rate
 * limit, server error, timeout, refused key) into an empty result and one log line. {@code OpenAiConfiguration} builds
 * it only when {@code CRASHY_OPENAI_API_KEY} is set, and always builds the daily {@link crashy.summary.TokenBudget}.
 * The only package where {@code com.openai} types appear; start reading at {@code OpenAiCrashSummarizer}.
 */
@NullMarked
package crashy.summary.openai;

import org.jspecify.annotations.NullMarked;
