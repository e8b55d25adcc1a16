package crashy.preview;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One cell of a contact sheet: a frame number and its picture, or none when the frame is missing or failed. */
public record SheetCell(int frame, @Nullable BufferedImage picture, boolean failed) {
    public static SheetCell of(int frame, BufferedImage picture) {
        return new SheetCell(frame, picture, false);
    }

    public static SheetCell missing(int frame, boolean failed) {
        return new SheetCell(frame, null, failed);
    }

    public Optional<BufferedImage> image() {
        return Optional.ofNullable(picture);
    }
}
