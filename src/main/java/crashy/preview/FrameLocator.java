package crashy.preview;

import crashy.job.Job;
import crashy.job.JobOutput;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a rendered frame of a job on this machine: the job's output directory and file pattern with the frame
 * number written in, mapped from the workers' paths to ours, and only if it lies inside an allowed root.
 */
public final class FrameLocator {
    private final PathMapping mapping;
    private final PreviewRoots roots;

    public FrameLocator(PathMapping mapping, PreviewRoots roots) {
        this.mapping = mapping;
        this.roots = roots;
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

    /** Where the frame would be on this machine, whether or not it exists or may be read. */
    public String pathOf(JobOutput output, int frame) {
        String directory = output.directory();
        String separator = directory.endsWith("/") || directory.endsWith("\\") || directory.isEmpty() ? "" : "/";
        return mapping.map(directory + separator + FramePattern.frame(output.filePattern(), frame));
    }
}
