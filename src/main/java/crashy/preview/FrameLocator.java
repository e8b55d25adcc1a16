package crashy.preview;

import crashy.job.Job;
import crashy.job.JobOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a rendered frame of a job on this machine: the job's output directory and file pattern with the frame
 * number written in, mapped from the workers' paths to ours, and only if it lies inside an allowed root.
 */
public final class FrameLocator {
    /** A folder with more files than this is not listed to the end: no sequence is that long. */
    private static final int MAX_LISTED = 200_000;

    private final PathMapping mapping;
    private final PreviewRoots roots;

    public FrameLocator(PathMapping mapping, PreviewRoots roots) {
        this.mapping = mapping;
        this.roots = roots;
    }

    /** Whether any frame could ever be read: without allowed roots, none can. */
    public boolean isEnabled() {
        return !roots.isEmpty();
    }

    /** The first output of the job that has this frame on disk, where previews may read it. */
    public Optional<Path> frame(Job job, int frame) {
        for (JobOutput output : job.outputs()) {
            Optional<Path> found = roots.allowed(pathOf(output, frame));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The frames of the job's first output found on disk by listing its folder, by frame number: for when the farm
     * cannot say which frames a job has. Only files the roots allow are listed.
     */
    public SortedMap<Integer, Path> framesOnDisk(Job job) {
        SortedMap<Integer, Path> found = new TreeMap<>();
        Optional<JobOutput> output = job.outputs().stream().findFirst();
        if (output.isEmpty()) {
            return found;
        }
        String sample = pathOf(output.get(), 0);
        int slash = sample.lastIndexOf('/');
        if (slash < 0) {
            return found;
        }
        String pattern = output.get().filePattern();
        Pattern name = FramePattern.matcher(
                pattern.substring(Math.max(pattern.lastIndexOf('/'), pattern.lastIndexOf('\\')) + 1));
        try (Stream<Path> files = Files.list(Path.of(sample.substring(0, Math.max(1, slash))))) {
            files.limit(MAX_LISTED).forEach(file -> {
                Matcher matcher = name.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    parse(matcher.group(1))
                            .ifPresent(frame ->
                                    roots.allowed(file.toString()).ifPresent(allowed -> found.put(frame, allowed)));
                }
            });
        } catch (IOException | RuntimeException e) {
            // No folder (yet), or one we may not list: no frames to show.
        }
        return found;
    }

    /** Where the frame would be on this machine, whether or not it exists or may be read. */
    public String pathOf(JobOutput output, int frame) {
        String directory = output.directory();
        String separator = directory.endsWith("/") || directory.endsWith("\\") || directory.isEmpty() ? "" : "/";
        return mapping.map(directory + separator + FramePattern.frame(output.filePattern(), frame));
    }

    private static Optional<Integer> parse(String digits) {
        try {
            return Optional.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
