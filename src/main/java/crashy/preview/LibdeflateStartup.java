package crashy.preview;

import crashy.preview.exr.Libdeflate;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the bot is up, loads libdeflate for the EXR reader on a thread of its own ({@link Libdeflate}): about 0.1 s of
 * CPU, after which previews of ZIP frames take about a third less time and of tiled DWA frames a fifth (scanline DWA
 * frames, whose AC values are Huffman-coded, gain little). Until it is loaded, and without it, previews inflate with
 * {@code java.util.zip}; the pictures are the same either way. The {@code preview} command does not load
 * it: for one frame the loading costs more than it gains.
 */
@Component
class LibdeflateStartup {
    private static final Logger log = LoggerFactory.getLogger(LibdeflateStartup.class);

    private final FutureTask<Boolean> loading = new FutureTask<>(LibdeflateStartup::load);

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread thread = new Thread(loading, "libdeflate-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether libdeflate is in use, once the loading has ended. */
    Future<Boolean> loading() {
        return loading;
    }

    /** Loads it and says in the log how previews inflate. */
    static boolean load() {
        boolean loaded = Libdeflate.load();
        if (loaded) {
            log.info("EXR previews inflate with libdeflate");
        } else {
            log.info(
                    "EXR previews inflate with java.util.zip, as libdeflate is not usable ({}); with the libdeflate0"
                            + " package installed, previews of ZIP and tiled DWA frames take a fifth to a third less time",
                    Libdeflate.problem().orElse("unknown"));
        }
        return loaded;
    }
}
