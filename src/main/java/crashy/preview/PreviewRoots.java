package crashy.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The only folders previews may be read from ({@code CRASHY_PREVIEW_ROOTS}). A path is allowed when, with links
 * resolved, it lies inside one of them: {@code ..}, links that point out of a root, and other drives are refused.
 */
public final class PreviewRoots {
    private final List<Path> roots;

    public PreviewRoots(List<Path> roots) {
        this.roots = roots.stream().map(PreviewRoots::real).toList();
    }

    /** Parses a list separated by {@code ;} or the platform's path separator. */
    public static PreviewRoots parse(String roots) {
        return new PreviewRoots(split(roots).stream().map(Path::of).toList());
    }

    /** The folders of a list separated by {@code ;} or the platform's path separator, blanks left out. */
    static List<String> split(String roots) {
        return java.util.Arrays.stream(roots.split("[;" + java.io.File.pathSeparator + "]"))
                .filter(root -> !root.isBlank())
                .map(String::strip)
                .toList();
    }

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The real file behind the path, if it exists and lies inside a root. */
    public Optional<Path> allowed(String path) {
        Path candidate;
        try {
            candidate = Path.of(path);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!candidate.isAbsolute() || candidate.normalize().toString().contains("..")) {
            return Optional.empty();
        }
        try {
            Path real = candidate.toRealPath();
            return roots.stream().anyMatch(real::startsWith) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(real)
                    : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Path real(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }
}
