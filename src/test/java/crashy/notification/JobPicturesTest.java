package crashy.notification;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import crashy.farm.FarmPollerFixture;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobOutput;
import crashy.job.Jobs;
import crashy.job.Task;
import crashy.job.TaskState;
import crashy.message.ChatMessage;
import crashy.message.Field;
import crashy.message.Picture;
import crashy.message.Tone;
import crashy.preview.ExrFrameDecoder;
import crashy.preview.FrameDecoder;
import crashy.preview.FrameLocator;
import crashy.preview.ImageIoFrameDecoder;
import crashy.preview.JobPreviews;
import crashy.preview.LinearImage;
import crashy.preview.PathMapping;
import crashy.preview.PictureSettings;
import crashy.preview.PreviewRoots;
import crashy.preview.Previews;
import crashy.testing.CapturedLog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobPicturesTest {
    @TempDir
    Path temp;

    private Path shot;
    private Job job;
    private FarmPollerFixture farm;

    @BeforeEach
    void aJobWritingPngs() throws IOException {
        shot = Files.createDirectories(temp.resolve("renders/shot010"));
        job = Jobs.withOutputs(
                Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa1", 2), new JobOutput(shot.toString(), "beauty.####.png"));
        farm = FarmPollerFixture.withJobs(job);
        farm.farm().tasks(job.id(), List.of(task(1), task(2)));
    }

    @Test
    void drawsTheNamedPictureAndSaysWhatItShows() throws IOException {
        writeFrame(1);
        JobPictures pictures = pictures(ExrFrameDecoder.withImageIo(), JobPictures.TIMEOUT);

        Outgoing outgoing = pictures.prepare(finished().withPicture(Picture.frame(job.id(), 1)));

        assertThat(outgoing.message().picture()).isEmpty();
        assertThat(outgoing.message().fields()).contains(new Field("Preview", "frame 1"));
        assertThat(outgoing.attachment()).hasValueSatisfying(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("shot010_lighting-frame-1.jpg");
            assertThat(read(attachment.jpeg()).getWidth()).isEqualTo(64);
        });
    }

    @Test
    void aMessageWithoutAPictureGoesOutAsItIs() {
        JobPictures pictures = pictures(ExrFrameDecoder.withImageIo(), JobPictures.TIMEOUT);

        assertThat(pictures.prepare(finished())).isEqualTo(new Outgoing(finished(), Optional.empty()));
    }

    @Test
    void drawsAPictureManyAskForAtOnceOnlyOnce() throws Exception {
        writeFrame(1);
        writeFrame(2);
        JobPictures pictures = pictures(ExrFrameDecoder.withImageIo(), JobPictures.TIMEOUT);
        ChatMessage message = finished().withPicture(Picture.overview(job.id()));
        ExecutorService thirty = Executors.newFixedThreadPool(30);
        try {
            List<Future<Outgoing>> asked = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                asked.add(thirty.submit(() -> pictures.prepare(message)));
            }
            for (Future<Outgoing> outgoing : asked) {
                assertThat(outgoing.get().attachment()).isPresent();
            }
        } finally {
            thirty.shutdownNow();
        }

        assertThat(farm.farm().calls("tasks")).isEqualTo(1);
    }

    @Test
    void aFrameNotOnDiskYetIsLookedForAgainNextTime() throws IOException {
        JobPictures pictures = pictures(ExrFrameDecoder.withImageIo(), JobPictures.TIMEOUT);
        ChatMessage message = finished().withPicture(Picture.frame(job.id(), 2));

        Outgoing before = pictures.prepare(message);
        writeFrame(2);
        Outgoing after = pictures.prepare(message);

        assertThat(before.attachment()).isEmpty();
        assertThat(before.message().fields()).contains(new Field("Preview", "frame 2 is not on disk"));
        assertThat(after.attachment()).isPresent();
    }

    @Test
    void withoutTheFarmTheFramesOnDiskAreShown() throws IOException {
        writeFrame(1);
        farm.farm().setDown(true);

        Outgoing outgoing = pictures(ExrFrameDecoder.withImageIo(), JobPictures.TIMEOUT)
                .prepare(finished().withPicture(Picture.overview(job.id())));

        assertThat(outgoing.attachment()).isPresent();
    }

    @Test
    void aJobNoLongerOnTheBoardHasNoPicture() {
        Outgoing outgoing = pictures(ExrFrameDecoder.withImageIo(), JobPictures.TIMEOUT)
                .prepare(finished().withPicture(Picture.overview(new JobId("bbbbbbbbbbbbbbbbbbbbbbb2"))));

        assertThat(outgoing.attachment()).isEmpty();
        assertThat(outgoing.message().fields()).contains(new Field("Preview", "the job is no longer on the farm"));
    }

    @Test
    void aPictureThatTakesTooLongIsLeftOutWithAButtonToAskAgain() throws IOException {
        writeFrame(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Outgoing outgoing = pictures(List.of(heldUntil(release)), Duration.ofMillis(100))
                    .prepare(finished().withPicture(Picture.frame(job.id(), 1)));

            assertThat(outgoing.attachment()).isEmpty();
            assertThat(outgoing.message().fields())
                    .contains(new Field(
                            "Preview", "the preview is taking a while to draw: press 🖼 Preview in a minute"));
            assertThat(outgoing.message().buttons())
                    .extracting(button -> button.command())
                    .containsExactly("preview " + job.id() + " 1");
        } finally {
            release.countDown();
        }
    }

    @Test
    void whenManyPicturesWaitToBeDrawnAMessageGoesOutAtOnceWithoutOne() throws IOException {
        elevenFramesRendered();
        CountDownLatch release = new CountDownLatch(1);
        try {
            JobPictures pictures = pictures(List.of(heldUntil(release)), Duration.ofMillis(50));
            // every drawing thread busy, eight frames waiting their turn
            for (int frame = 1; frame <= PictureDrawing.THREADS + PictureDrawing.QUEUE; frame++) {
                pictures.prepare(finished().withPicture(Picture.frame(job.id(), frame)));
            }

            Outgoing eleventh = pictures.prepare(finished().withPicture(Picture.overview(job.id())));

            assertThat(eleventh.attachment()).isEmpty();
            assertThat(eleventh.message().fields())
                    .contains(new Field(
                            "Preview", "many previews are being drawn right now: press 🖼 Preview in a minute"));
            assertThat(eleventh.message().buttons())
                    .extracting(button -> button.command())
                    .containsExactly("preview " + job.id());
        } finally {
            release.countDown();
        }
    }

    @Test
    void whenPicturesQueueUpAnOverviewShowsTheLastFrameWithAButtonForTheSheet() throws Exception {
        elevenFramesRendered();
        CountDownLatch release = new CountDownLatch(1);
        JobPictures pictures = pictures(List.of(heldUntil(release)), JobPictures.TIMEOUT);
        ExecutorService askers = Executors.newCachedThreadPool();
        try {
            int busy = PictureDrawing.THREADS + PictureDrawing.QUEUE / 2;
            for (int frame = 1; frame <= busy; frame++) {
                ChatMessage single = finished().withPicture(Picture.frame(job.id(), frame));
                askers.submit(() -> pictures.prepare(single));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> pictures.waiting() == PictureDrawing.QUEUE / 2);
            Future<Outgoing> overview =
                    askers.submit(() -> pictures.prepare(finished().withPicture(Picture.overview(job.id()))));
            await().atMost(Duration.ofSeconds(10)).until(() -> pictures.waiting() == PictureDrawing.QUEUE / 2 + 1);
            release.countDown();

            Outgoing outgoing = overview.get();

            assertThat(outgoing.attachment()).isPresent();
            assertThat(outgoing.message().fields())
                    .contains(new Field("Preview", "frame 11, the last: 🖼 Preview shows the sequence"));
            assertThat(outgoing.message().buttons())
                    .extracting(button -> button.command())
                    .containsExactly("preview " + job.id());
        } finally {
            release.countDown();
            askers.shutdownNow();
        }
    }

    @Test
    void aFrameTooBigForTheHeapLeavesThePictureOutAndIsTriedAgainNextTime() throws IOException {
        writeFrame(1);
        FrameDecoder images = new ImageIoFrameDecoder();
        AtomicInteger decodes = new AtomicInteger();
        FrameDecoder firstRunsOutOfMemory = new FrameDecoder() {
            @Override
            public boolean reads(Path file, byte[] head) {
                return images.reads(file, head);
            }

            @Override
            public LinearImage decode(Path file, Optional<String> layer) {
                if (decodes.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return images.decode(file, layer);
            }
        };
        JobPictures pictures = pictures(List.of(firstRunsOutOfMemory), JobPictures.TIMEOUT);
        ChatMessage message = finished().withPicture(Picture.frame(job.id(), 1));

        Outgoing failed;
        try (CapturedLog log = CapturedLog.of("crashy.notification")) {
            failed = pictures.prepare(message);
            assertThat(log.lines("ERROR"))
                    .singleElement(as(STRING))
                    .startsWith("ERROR Drawing a preview needed more memory than this JVM has (-Xmx")
                    .endsWith("m): raise -Xmx for frames this big");
        }
        Outgoing again = pictures.prepare(message);

        assertThat(failed.attachment()).isEmpty();
        assertThat(failed.message().fields()).contains(new Field("Preview", "the preview could not be drawn"));
        assertThat(again.attachment()).as("the drawing thread lives on").isPresent();
        assertThat(decodes).hasValue(2);
    }

    /** Reads frames as ImageIO does, once {@code release} is counted down. */
    private static FrameDecoder heldUntil(CountDownLatch release) {
        FrameDecoder images = new ImageIoFrameDecoder();
        return new FrameDecoder() {
            @Override
            public boolean reads(Path file, byte[] head) {
                return images.reads(file, head);
            }

            @Override
            public LinearImage decode(Path file, Optional<String> layer) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return images.decode(file, layer);
            }
        };
    }

    private JobPictures pictures(List<FrameDecoder> decoders, Duration timeout) {
        JobPreviews previews = new JobPreviews(
                new FrameLocator(PathMapping.none(), new PreviewRoots(List.of(temp.resolve("renders")))),
                new Previews(decoders),
                PictureSettings.DEFAULT);
        return new JobPictures(farm.board(), farm.farm(), previews, timeout);
    }

    private static ChatMessage finished() {
        return ChatMessage.titled(Tone.SUCCESS, "✅ Finished: shot010_lighting", "2 tasks");
    }

    private Task task(int frame) {
        return new Task(job.id(), frame - 1, frame + "-" + frame, TaskState.COMPLETED, "node1", 0, null, null);
    }

    /** Frames 1 to 11 on disk, and the farm saying so. */
    private void elevenFramesRendered() throws IOException {
        List<Task> eleven = new ArrayList<>();
        for (int frame = 1; frame <= 11; frame++) {
            writeFrame(frame);
            eleven.add(task(frame));
        }
        farm.farm().tasks(job.id(), eleven);
    }

    private void writeFrame(int frame) throws IOException {
        ImageIO.write(
                new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB),
                "png",
                shot.resolve(String.format("beauty.%04d.png", frame)).toFile());
    }

    private static BufferedImage read(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
