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
        for (String root : PreviewRoots.split(roots)) {
            if (!isFolder(root)) {
                throw new IllegalArgumentException("crashy.preview.roots must list folders that exist, separated by"
                        + " ';', and \"" + root + "\" is not one");
            }
        }
        PictureSettings.checkWidth("crashy.preview.width", width);
        PictureSettings.checkExposure("crashy.preview.exposure", exposure);
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
