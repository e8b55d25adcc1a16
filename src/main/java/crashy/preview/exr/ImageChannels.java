package crashy.preview.exr;

import java.util.ArrayList;
import java.util.List;

/** Which channels of a part {@link ExrImageReader} returns, in band order. */
record ImageChannels(List<String> names, boolean isColour, boolean hasAlpha) {

    static ImageChannels choose(ExrHeader header) {
        boolean alpha = header.channel("A").isPresent();
        List<String> names = new ArrayList<>();
        boolean colour = header.channel("R").isPresent()
                && header.channel("G").isPresent()
                && header.channel("B").isPresent();
        if (colour) {
            names.addAll(List.of("R", "G", "B"));
        } else if (header.channel("Y").isPresent()) {
            names.add("Y");
        } else {
            names.add(header.channels().get(0).name());
            alpha = false;
        }
        if (alpha) {
            names.add("A");
        }
        return new ImageChannels(List.copyOf(names), colour, alpha);
    }
}
