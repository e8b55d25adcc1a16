package crashy.preview;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How previews are made and where frames may be read: the folders renders are written to as this machine sees them
 * ({@code CRASHY_PREVIEW_ROOTS}, separated by {@code ;}; without any, previews are off), the widest preview in pixels
 * and the exposure in stops. A root that is not a folder stops startup, naming the setting.
 */
@ConfigurationProperties("crashy.preview")
public record PreviewProperties(
        @Nullable String roots,
        @DefaultValue("1280") int width,
        @DefaultValue("0") double exposure) {

    public PreviewProperties {
        roots = roots == null ? "" : roots.strip();
        for (String root : roots.split(";")) {
            if (!root.isBlank() && !isFolder(root.strip())) {
                throw new IllegalArgumentException("crashy.preview.roots must list folders that exist, separated by"
                        + " ';', and \"" + root.strip() + "\" is not one");
            }
        }
        if (width < 16 || width > 8192) {
            throw new IllegalArgumentException("crashy.preview.width must be between 16 and 8192 pixels, not " + width);
        }
        if (!Double.isFinite(exposure) || Math.abs(exposure) > 32) {
            throw new IllegalArgumentException(
                    "crashy.preview.exposure must be between -32 and 32 stops, not " + exposure);
        }
    }

    public static PreviewProperties off() {
        return new PreviewProperties("", 1280, 0);
    }

    public PreviewRoots previewRoots() {
        return PreviewRoots.parse(roots);
    }

    public PictureSettings pictureSettings() {
        return PictureSettings.DEFAULT.withWidth(width).withExposure(exposure);
    }

    private static boolean isFolder(String root) {
        try {
            Path path = Path.of(root);
            return path.isAbsolute() && Files.isDirectory(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
