/**
 * Short crash summaries for failed renders. So far: {@link crashy.summary.ErrorFingerprint} tells one error from
 * another, whatever frame, file or machine it happened on. Start reading there.
 */
@NullMarked
package crashy.summary;

import org.jspecify.annotations.NullMarked;
