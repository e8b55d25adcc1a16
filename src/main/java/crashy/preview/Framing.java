package crashy.preview;

/**
 * Where a frame's pixels sit: a data window of {@code width × height} placed at ({@code offsetX}, {@code offsetY}) on
 * the display window, the frame as it is meant to be seen, whose pixels are {@code pixelAspect} times as wide as tall.
 */
record Framing(
        int width, int height, int displayWidth, int displayHeight, int offsetX, int offsetY, float pixelAspect) {}
