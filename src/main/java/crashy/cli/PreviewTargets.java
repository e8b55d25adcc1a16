package crashy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the preview command writes each frame's JPEG: the named file for one frame, a folder for several. */
final class PreviewTargets {
    private PreviewTargets() {}

    /**
     * Each input with its JPEG, in the order given.
     *
     * @throws IllegalArgumentException naming the problem: several frames but no folder to write into, or two frames
     *     whose previews would overwrite each other
     */
    static Map<Path, Path> of(List<Path> inputs, Path out) {
        if (inputs.size() == 1 && !Files.isDirectory(out)) {
            return Map.of(inputs.get(0), out);
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException(
                    inputs.size() + " frames need -o to name an existing folder, not " + out);
        }
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, Path> writers = new LinkedHashMap<>();
        for (Path input : inputs) {
            Path jpeg = out.resolve(jpegName(input));
            Path earlier = writers.putIfAbsent(jpeg, input);
            if (earlier != null && !earlier.equals(input)) {
                throw new IllegalArgumentException(earlier + " and " + input + " would both be written to " + jpeg);
            }
            targets.put(input, jpeg);
        }
        return targets;
    }

    /** {@code shot.0001.exr} becomes {@code shot.0001.jpg}. */
    private static String jpegName(Path input) {
        Path name = input.getFileName();
        String text = name == null ? "frame" : name.toString();
        int dot = text.lastIndexOf('.');
        return (dot > 0 ? text.substring(0, dot) : text) + ".jpg";
    }
}
