package crashy.preview;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scene-linear pixels as a renderer wrote them: premultiplied colour planes (and alpha, if any) of the data window,
 * and where that window sits on the display window, the frame as it is meant to be seen. Row-major, top row first.
 */
public record LinearImage(
        int width,
        int height,
        float[] red,
        float[] green,
        float[] blue,
        float @Nullable [] alpha,
        int displayWidth,
        int displayHeight,
        int offsetX,
        int offsetY,
        float pixelAspect) {

    public LinearImage {
        Objects.requireNonNull(red, "red");
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(blue, "blue");
        int pixels = Math.multiplyExact(width, height);
        if (width < 0
                || height < 0
                || red.length != pixels
                || green.length != pixels
                || blue.length != pixels
                || (alpha != null && alpha.length != pixels)) {
            throw new IllegalArgumentException("planes do not match " + width + "x" + height);
        }
        if (displayWidth <= 0 || displayHeight <= 0) {
            throw new IllegalArgumentException("empty display window");
        }
        if (!(pixelAspect > 0) || Float.isInfinite(pixelAspect)) {
            pixelAspect = 1;
        }
    }

    Framing framing() {
        return new Framing(width, height, displayWidth, displayHeight, offsetX, offsetY, pixelAspect);
    }

    /** A grey image (one channel) whose data window is the display window. */
    public static LinearImage grey(int width, int height, float[] values) {
        return new LinearImage(width, height, values, values, values, null, width, height, 0, 0, 1);
    }
}
