package crashy.cli;

import crashy.preview.FrameDecoder;
import java.util.List;

/** The frame decoders for the command line, in the order Spring would use them. */
final class Decoders {
    private Decoders() {}

    static List<FrameDecoder> all() {
        return crashy.preview.ExrFrameDecoder.withImageIo();
    }
}
