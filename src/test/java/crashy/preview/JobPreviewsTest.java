package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.Job;
import crashy.job.JobOutput;
import crashy.job.Jobs;
import crashy.job.Task;
import crashy.job.TaskState;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobPreviewsTest {
    private static final Color RED_CROSS = new Color(0xE7, 0x4C, 0x3C);

    @TempDir
    Path temp;

    private Path shot;
    private Job job;
    private JobPreviews previews;

    @BeforeEach
    void tenFrameJob() throws IOException {
        shot = Files.createDirectories(temp.resolve("renders/shot010"));
        job = Jobs.withOutputs(
                Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa1", 10), new JobOutput(shot.toString(), "beauty.####.png"));
        previews = new JobPreviews(
                new FrameLocator(PathMapping.none(), new PreviewRoots(List.of(temp.resolve("renders")))),
                new Previews(ExrFrameDecoder.withImageIo()),
                PictureSettings.DEFAULT.withWidth(320));
    }

    @Test
    void showsOneFrameScaledToTheWidth() throws IOException {
        writeFrames(1, 10);

        FramePreview preview = previews.frame(job, tasks(10, List.of()), 4);

        FramePreview.Shown shown = (FramePreview.Shown) preview;
        assertThat(shown.caption()).isEqualTo("frame 4");
        assertThat(shown.fileName()).isEqualTo("shot010_lighting-frame-4.jpg");
        BufferedImage picture = jpeg(shown);
        assertThat(picture.getWidth()).isEqualTo(320);
        assertThat(picture.getHeight()).isEqualTo(180);
        assertThat(brightness(picture, 160, 90)).isCloseTo(brightness(4), org.assertj.core.data.Offset.offset(6));
    }

    @Test
    void saysWhyAFrameCannotBeShown() throws IOException {
        writeFrames(1, 3);
        Files.writeString(shot.resolve("beauty.0005.png"), "not a PNG at all");

        assertThat(previews.frame(job, tasks(10, List.of()), 11))
                .isEqualTo(new FramePreview.NotShown("frame 11 is not one of this job's frames (1–10)"));
        assertThat(previews.frame(job, tasks(10, List.of()), 4))
                .isEqualTo(new FramePreview.NotShown("frame 4 is not on disk"));
        assertThat(((FramePreview.NotShown) previews.frame(job, tasks(10, List.of()), 5)).why())
                .startsWith("frame 5 cannot be read: ");
        JobPreviews off = new JobPreviews(
                new FrameLocator(PathMapping.none(), new PreviewRoots(List.of())),
                new Previews(ExrFrameDecoder.withImageIo()),
                PictureSettings.DEFAULT);
        assertThat(((FramePreview.NotShown) off.overview(job, List.of())).why()).contains("CRASHY_PREVIEW_ROOTS");
    }

    @Test
    void theFirstFrameIsTheFirstThatRenderedAndIsOnDisk() throws IOException {
        writeFrames(3, 4);
        List<Task> tasks = new ArrayList<>(tasks(10, List.of()));
        tasks.replaceAll(task -> task.id() < 2 ? withState(task, TaskState.QUEUED) : task);

        assertThat(((FramePreview.Shown) previews.first(job, tasks)).caption()).isEqualTo("frame 3");
    }

    @Test
    void aSequenceIsAContactSheetWithItsFailedFramesCrossedInRed() throws IOException {
        writeFrames(1, 10);
        List<Task> tasks = tasks(10, List.of(6));

        FramePreview.Shown sheet = (FramePreview.Shown) previews.overview(job, tasks);

        assertThat(sheet.caption()).isEqualTo("frames 1–10");
        assertThat(sheet.fileName()).endsWith("-sheet.jpg");
        BufferedImage picture = jpeg(sheet);
        assertThat(picture.getWidth()).isEqualTo(320);
        // Ten cells in a 4-column grid: frame 6 is the second cell of the second row, a red cross on grey.
        int cell = ContactSheet.cellWidth(10, 320);
        int cellHeight = (int) Math.round(cell * 9 / 16.0);
        assertThat(reddish(picture, 4 + (cell + 4), 4 + (cellHeight + 4), cell, cellHeight))
                .isGreaterThan(cell / 2);
        assertThat(reddish(picture, 4, 4 + (cellHeight + 4), cell, cellHeight)).isZero();
    }

    @Test
    void withoutTasksTheFramesOnDiskAreTheJob() throws IOException {
        writeFrames(1, 1);

        assertThat(((FramePreview.Shown) previews.overview(job, List.of())).caption())
                .isEqualTo("frame 1");
        assertThat(previews.frame(job, List.of(), 2))
                .isEqualTo(new FramePreview.NotShown("frame 2 is not on disk yet"));
    }

    @Test
    void aJobWithNothingRenderedHasNoOverview() {
        assertThat(previews.overview(job, List.of())).isEqualTo(new FramePreview.NotShown("no frame has rendered yet"));
        assertThat(previews.first(job, tasks(10, List.of())))
                .isEqualTo(new FramePreview.NotShown("no frame is on disk yet"));
    }

    private void writeFrames(int first, int last) throws IOException {
        for (int frame = first; frame <= last; frame++) {
            BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
            int level = brightness(frame);
            var g = image.createGraphics();
            g.setColor(new Color(level, level, level));
            g.fillRect(0, 0, 640, 360);
            g.dispose();
            ImageIO.write(
                    image,
                    "png",
                    shot.resolve(String.format("beauty.%04d.png", frame)).toFile());
        }
    }

    private static int brightness(int frame) {
        return 20 * frame;
    }

    private static int brightness(BufferedImage picture, int x, int y) {
        return picture.getRGB(x, y) & 0xFF;
    }

    private static int reddish(BufferedImage picture, int left, int top, int width, int height) {
        int count = 0;
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                count += isReddish(picture.getRGB(x, y)) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean isReddish(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        return r > 90 && r > g + 40;
    }

    private List<Task> tasks(int frames, List<Integer> failed) {
        List<Task> tasks = new ArrayList<>();
        for (int frame = 1; frame <= frames; frame++) {
            TaskState state = failed.contains(frame) ? TaskState.FAILED : TaskState.COMPLETED;
            tasks.add(new Task(job.id(), frame - 1, frame + "-" + frame, state, "node1", 0, null, null));
        }
        return tasks;
    }

    private static Task withState(Task task, TaskState state) {
        return new Task(task.job(), task.id(), task.frames(), state, task.worker(), 0, null, null);
    }

    private static BufferedImage jpeg(FramePreview.Shown shown) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(shown.jpeg()));
    }
}
