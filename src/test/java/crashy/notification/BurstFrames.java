package crashy.notification;

import crashy.notification.BurstPlan.BurstJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real frames for the burst benchmark's pictures: the simulator writes tiny EXRs, so each one a task renders is
 * replaced by a hard link to one real render. Every job's frames are then files of their own, drawn as often as a real
 * night's would be, at the cost of a real frame, without a thousand copies on disk.
 */
final class BurstFrames {
    static final String FILE = "frame.####.exr";

    private final Path folder;
    private final Path source;
    private final long size;

    private BurstFrames(Path folder, Path source) throws IOException {
        this.folder = folder;
        this.source = source;
        this.size = Files.size(source);
    }

    /** A temporary frame folder holding a copy of {@code frame}, which the jobs' frames will be links to. */
    static BurstFrames copiesOf(Path frame) throws IOException {
        if (!Files.isRegularFile(frame)) {
            throw new IllegalArgumentException("--frame " + frame + ": no such file");
        }
        Path folder = Files.createTempDirectory("crashy-burst-frames");
        return new BurstFrames(folder, Files.copy(frame, folder.resolve("source.exr")));
    }

    /** The job's output directory as its render nodes see it; the simulator places it below {@link #folder()}. */
    static String directory(BurstJob job) {
        return "/renders/burst/" + job.name().replaceAll("[^A-Za-z0-9]+", "-");
    }

    Path folder() {
        return folder;
    }

    /** Swaps the frames the simulator has written for the job so far for links to the real frame, atomically. */
    void replace(BurstJob job) {
        Path directory = folder.resolve(directory(job).substring(1));
        try (Stream<Path> files = Files.list(directory)) {
            for (Path frame :
                    files.filter(file -> file.toString().endsWith(".exr")).toList()) {
                if (Files.size(frame) != size) {
                    Path link = frame.resolveSibling(frame.getFileName() + ".link");
                    Files.createLink(link, source);
                    Files.move(link, frame, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.delete(file);
            }
        }
    }
}
