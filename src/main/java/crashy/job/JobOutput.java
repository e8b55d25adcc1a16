package crashy.job;

import java.util.Objects;

/**
 * One output of a job as the workers write it: a directory and a file name pattern with Deadline's padding tokens
 * ({@code ####}, {@code %04d}, {@code $F4}), e.g. {@code /renders/shot010} and {@code beauty.####.exr}.
 */
public record JobOutput(String directory, String filePattern) {
    public JobOutput {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(filePattern, "filePattern");
    }
}
