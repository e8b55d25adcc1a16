package crashy.preview;

/**
 * How a preview is made: the widest it may be, exposure in stops, JPEG quality, and the background shown through
 * transparent pixels (linear grey levels of an 8-pixel checkerboard, so transparency is obvious in a chat).
 */
public record PictureSettings(int maxWidth, double exposure, float jpegQuality, float checkDark, float checkLight) {
    public static final PictureSettings DEFAULT = new PictureSettings(1280, 0, 0.85f, 0.18f, 0.28f);

    public PictureSettings {
        checkWidth("the width", maxWidth);
        checkExposure("the exposure", exposure);
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("the JPEG quality must be in (0, 1]");
        }
    }

    /** Refuses a width no preview may have, naming it as {@code name} (a setting, say). */
    public static void checkWidth(String name, int width) {
        if (width < 16 || width > 8192) {
            throw new IllegalArgumentException(name + " must be between 16 and 8192 pixels, not " + width);
        }
    }

    /** Refuses an exposure no preview may have, naming it as {@code name}. */
    public static void checkExposure(String name, double exposure) {
        if (!Double.isFinite(exposure) || Math.abs(exposure) > 32) {
            throw new IllegalArgumentException(name + " must be between -32 and 32 stops, not " + exposure);
        }
    }

    public PictureSettings withWidth(int width) {
        return new PictureSettings(width, exposure, jpegQuality, checkDark, checkLight);
    }

    public PictureSettings withExposure(double stops) {
        return new PictureSettings(maxWidth, stops, jpegQuality, checkDark, checkLight);
    }
}
