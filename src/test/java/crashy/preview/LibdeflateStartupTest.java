package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bot's background loading finds libdeflate where it is installed, as in CI (.ci/run installs it). */
class LibdeflateStartupTest {

    @Test
    void loadsLibdeflateOnAThreadOfItsOwn() throws Exception {
        LibdeflateStartup startup = new LibdeflateStartup();

        startup.loadInBackground();
        boolean loaded = startup.loading().get(30, TimeUnit.SECONDS);

        assumeTrue(loaded || System.getenv("CI") != null, "libdeflate is not installed here");
        assertThat(loaded).isTrue();
    }
}
