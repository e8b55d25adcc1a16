package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crashy.job.Job;
import crashy.job.JobOutput;
import crashy.job.Jobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameLocatorTest {
    @TempDir
    Path temp;

    @Test
    void mapsTheWorkersPathAndFindsTheFrame() throws IOException {
        Path renders = Files.createDirectories(temp.resolve("renders/alice/shot010"));
        Path frame = Files.writeString(renders.resolve("beauty.0012.exr"), "exr");
        FrameLocator locator = new FrameLocator(
                PathMapping.parse("\\\\server\\renders=" + temp.resolve("renders") + ";R:\\=/mnt/r/"),
                new PreviewRoots(List.of(temp.resolve("renders"))));

        Job job = withOutput(new JobOutput("\\\\server\\renders\\alice\\shot010", "beauty.####.exr"));

        assertThat(locator.frame(job, 12)).contains(frame.toRealPath());
        assertThat(locator.frame(job, 13)).isEmpty();
    }

    @Test
    void mapsDriveLettersIgnoringCaseAndSlashes() {
        PathMapping mapping = PathMapping.parse("R:\\=/mnt/r/");

        assertThat(mapping.map("r:/proj/a.exr")).isEqualTo("/mnt/r/proj/a.exr");
        assertThat(mapping.map("S:\\proj\\a.exr")).isEqualTo("S:/proj/a.exr");
    }

    @Test
    void refusesFramesOutsideTheRoots() throws IOException {
        Path root = Files.createDirectories(temp.resolve("renders"));
        Path outside = Files.writeString(temp.resolve("secret.exr"), "x");
        Files.createSymbolicLink(root.resolve("link.exr"), outside);
        PreviewRoots roots = new PreviewRoots(List.of(root));

        assertThat(roots.allowed(outside.toString())).isEmpty();
        assertThat(roots.allowed(root.resolve("link.exr").toString())).isEmpty();
        assertThat(roots.allowed(root + "/../secret.exr")).isEmpty();
        assertThat(roots.allowed("relative/path.exr")).isEmpty();
        assertThat(roots.allowed("C:\\Windows\\system.ini")).isEmpty();
    }

    @Test
    void refusesAMappingWithoutBothSides() {
        assertThatThrownBy(() -> PathMapping.parse("R:\\")).hasMessageContaining("\"R:\\\" is not one");
    }

    @Test
    void listsTheFramesOnDiskWhateverTheirPaddingAndOnlyInsideTheRoots() throws IOException {
        Path shot = Files.createDirectories(temp.resolve("renders/shot010"));
        Files.writeString(shot.resolve("beauty.0001.exr"), "1");
        Files.writeString(shot.resolve("beauty.0002.exr"), "2");
        Files.writeString(shot.resolve("beauty.10000.exr"), "10000");
        Files.writeString(shot.resolve("beauty.0003.exr.partial"), "being written");
        Files.writeString(shot.resolve("matte.0001.exr"), "other pass");
        Files.createSymbolicLink(shot.resolve("beauty.0004.exr"), Files.writeString(temp.resolve("out.exr"), "x"));
        FrameLocator locator = new FrameLocator(PathMapping.none(), new PreviewRoots(List.of(temp.resolve("renders"))));

        Job job = withOutput(new JobOutput(shot.toString(), "beauty.####.exr"));

        assertThat(locator.framesOnDisk(job)).containsOnlyKeys(1, 2, 10000);
        assertThat(locator.framesOnDisk(
                        withOutput(new JobOutput(temp.resolve("nowhere").toString(), "a.#.exr"))))
                .isEmpty();
        assertThat(new FrameLocator(PathMapping.none(), new PreviewRoots(List.of())).framesOnDisk(job))
                .isEmpty();
    }

    private static Job withOutput(JobOutput output) {
        return Jobs.withOutputs(Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa1", 20), output);
    }
}
