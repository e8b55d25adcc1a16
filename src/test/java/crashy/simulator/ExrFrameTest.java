package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExrFrameTest {
    @TempDir
    Path folder;

    @Test
    void writesAValidUncompressedScanlineExrWithHalfBgrChannels() {
        byte[] file = ExrFrame.encode(160, 90, 1001);

        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.getInt()).isEqualTo(20000630);
        assertThat(in.getInt()).as("version 2, single-part scanline").isEqualTo(2);
        Map<String, byte[]> header = readHeader(in);
        assertThat(header.keySet())
                .containsExactly(
                        "channels chlist",
                        "compression compression",
                        "dataWindow box2i",
                        "displayWindow box2i",
                        "lineOrder lineOrder",
                        "pixelAspectRatio float",
                        "screenWindowCenter v2f",
                        "screenWindowWidth float");
        assertThat(channels(header.get("channels chlist"))).isEqualTo("B:1 G:1 R:1");
        assertThat(header.get("compression compression")).containsExactly(0);
        assertThat(box(header.get("dataWindow box2i"))).containsExactly(0, 0, 159, 89);
        assertThat(box(header.get("displayWindow box2i"))).containsExactly(0, 0, 159, 89);
        int offsets = in.position();
        int blockBytes = 8 + 160 * 3 * 2;
        assertThat(file).hasSize(offsets + 90 * 8 + 90 * blockBytes);
        long firstBlock = in.getLong();
        assertThat(firstBlock).isEqualTo(offsets + 90 * 8);
        assertThat(in.getLong()).isEqualTo(firstBlock + blockBytes);
        in.position((int) firstBlock);
        assertThat(in.getInt()).as("line number").isZero();
        assertThat(in.getInt()).as("bytes in the line").isEqualTo(160 * 3 * 2);
    }

    @Test
    void framesOfDifferentNumbersDiffer() {
        assertThat(ExrFrame.encode(16, 9, 1001)).isNotEqualTo(ExrFrame.encode(16, 9, 1002));
    }

    @Test
    void convertsFloatsToHalfPrecision() {
        assertThat(ExrFrame.toHalf(0f)).isEqualTo((short) 0);
        assertThat(ExrFrame.toHalf(1f)).isEqualTo((short) 0x3C00);
        assertThat(ExrFrame.toHalf(0.5f)).isEqualTo((short) 0x3800);
        assertThat(ExrFrame.toHalf(0.25f)).isEqualTo((short) 0x3400);
    }

    @Test
    void theFarmWritesAFrameForEachRenderedTaskIntoTheJobsOutputDirectory() throws IOException {
        SimulatedFarm farm = new SimulatedFarm(1, Instant.parse("2025-11-19T13:00:00Z"), folder);
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("shot010")
                .withFrames(1001, 1002, 1)
                .withOutput("/renders/alice/shot010", "shot010_beauty.####.exr"));
        String comp =
                farm.submit(JobSpec.named("comp").withFrames(1, 1, 1).withOutput("/renders/bob/comp", "c.%04d.exr"));

        farm.advance(Duration.ofMinutes(30));

        String outputDirectory = farm.job(id).orElseThrow().definition().outputDirectory();
        assertThat(Path.of(outputDirectory)).isEqualTo(folder.resolve("renders/alice/shot010"));
        Path frame = folder.resolve("renders/alice/shot010/shot010_beauty.1001.exr");
        assertThat(frame).exists();
        assertThat(folder.resolve("renders/alice/shot010/shot010_beauty.1002.exr"))
                .exists();
        assertThat(folder.resolve("renders/bob/comp/c.0001.exr")).exists();
        assertThat(Files.readAllBytes(frame)).isEqualTo(ExrFrame.encode(ExrFrame.WIDTH, ExrFrame.HEIGHT, 1001));
        assertThat(farm.job(comp).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void namesFramesAfterHashAndPrintfPatterns() {
        assertThat(FrameFile.name("beauty.####.exr", 42)).isEqualTo("beauty.0042.exr");
        assertThat(FrameFile.name("comp.%04d.exr", 1001)).isEqualTo("comp.1001.exr");
        assertThat(FrameFile.name("####.png", 7)).isEqualTo("0007.png");
    }

    private static Map<String, byte[]> readHeader(ByteBuffer in) {
        Map<String, byte[]> attributes = new LinkedHashMap<>();
        for (String name = text(in); !name.isEmpty(); name = text(in)) {
            String type = text(in);
            byte[] value = new byte[in.getInt()];
            in.get(value);
            attributes.put(name + " " + type, value);
        }
        return attributes;
    }

    private static String text(ByteBuffer in) {
        StringBuilder text = new StringBuilder();
        for (byte next = in.get(); next != 0; next = in.get()) {
            text.append((char) next);
        }
        return text.toString();
    }

    private static String channels(byte[] value) {
        ByteBuffer in = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder channels = new StringBuilder();
        for (String name = text(in); !name.isEmpty(); name = text(in)) {
            int type = in.getInt();
            in.position(in.position() + 4 + 8);
            channels.append(channels.isEmpty() ? "" : " ")
                    .append(name)
                    .append(':')
                    .append(type);
        }
        return channels.toString();
    }

    private static int[] box(byte[] value) {
        ByteBuffer in = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
        return new int[] {in.getInt(), in.getInt(), in.getInt(), in.getInt()};
    }
}
