/**
 * A fake of OpenAI's chat completions API on the loopback interface, {@link crashy.testing.openai.FakeOpenAi}, for
 * testing the real openai-java client without network or keys.
 */
@NullMarked
package crashy.testing.openai;

import org.jspecify.annotations.NullMarked;
