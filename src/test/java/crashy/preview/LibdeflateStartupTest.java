package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** CI installs libdeflate0 (.ci/run), so the bot's background loading must find it. */
class LibdeflateStartupTest {

    @Test
    void loadsLibdeflateOnAThreadOfItsOwn() throws Exception {
        LibdeflateStartup startup = new LibdeflateStartup();

        startup.loadInBackground();

        assertThat(startup.loading().get(30, TimeUnit.SECONDS)).isTrue();
    }
}
