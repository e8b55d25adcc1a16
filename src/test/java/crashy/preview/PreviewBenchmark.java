package crashy.preview;

import com.sun.management.ThreadMXBean;
import crashy.preview.exr.Libdeflate;
import crashy.testing.ProcessRun;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The previews benchmark of docs/benchmarks.md: for each file of the EXR corpus, the time from the EXR file to the
 * preview JPEG on disk for oiiotool ({@code --ch R,G,B --resize:filter=box 1280x0 --colorconvert linear sRGB}),
 * Crashy in this warm JVM (libdeflate loaded, as the bot loads it), and the cold {@code preview} command: of the jar as built, and, given
 * {@code --image-java-home} (a Java 25 or later), as the Docker image runs it (docker/Dockerfile's steps: the extracted
 * layout, the preview's own class path, the entry point docker/crashy.sh and the ahead-of-time cache it makes from
 * docker/training-frames.sh's frames); medians of
 * interleaved runs, peak resident sets of the commands, the heap Crashy allocates per preview, and the PSNR between
 * the two JPEGs. Not a test: run it by hand (see the doc). Without {@code --corpus} it generates the corpus into a temporary folder with
 * ../shared/tools/make-exr-corpus.sh and deletes it afterwards.
 */
public final class PreviewBenchmark {
    private static final String[] OIIOTOOL_PREVIEW = {
        "--ch", "R,G,B", "--resize:filter=box", "1280x0", "--colorconvert", "linear", "sRGB"
    };

    private PreviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "3"));
        Path jar = Path.of(options.getOrDefault("jar", "target/crashy.jar")).toAbsolutePath();
        List<String> codecs =
                List.of(options.getOrDefault("codecs", "zip,piz,dwaa,b44a").split(","));
        String imageJavaHome = options.get("image-java-home");
        Path work = Files.createTempDirectory("crashy-preview-bench");
        Path corpus = options.containsKey("corpus") ? Path.of(options.get("corpus")) : generate(work, codecs, options);
        try {
            List<Path> files = corpusFiles(corpus, codecs);
            System.out.printf(
                    "%d files, %d runs each, %d cores, load average before: %s%n",
                    files.size(), runs, Runtime.getRuntime().availableProcessors(), loadAverage());
            LibdeflateStartup.load();
            System.out.println("Warm column inflates with "
                    + (Libdeflate.problem().isEmpty() ? "libdeflate, as the bot does" : "java.util.zip"));
            for (int i = 0; i < warmups; i++) {
                for (Path file : files) {
                    crashyWarm(file, work.resolve("warmup.jpg"));
                }
            }
            DockerImageLayout image =
                    imageJavaHome == null ? null : DockerImageLayout.build(jar, Path.of(imageJavaHome), work);
            List<BenchmarkRow> rows = new ArrayList<>();
            for (Path file : files) {
                rows.add(measure(file, jar, image, runs, work));
            }
            System.out.printf("load average after: %s%n%n", loadAverage());
            BenchmarkRow.printTable(rows, image != null);
            if (image != null) {
                System.out.println(
                        "Second cold column: as the Docker image runs it: " + String.join(" ", image.command()));
            }
        } finally {
            deleteTree(work);
        }
    }

    private static BenchmarkRow measure(Path file, Path jar, DockerImageLayout image, int runs, Path work)
            throws Exception {
        Path theirs = work.resolve("oiiotool.jpg");
        Path ours = work.resolve("crashy.jpg");
        Path cold = work.resolve("cold.jpg");
        double[] oiiotool = new double[runs];
        double[] warm = new double[runs];
        double[] plain = new double[runs];
        double[] asImage = new double[runs];
        long[] peaks = new long[3];
        for (int i = 0; i < runs; i++) {
            oiiotool[i] = timed(oiiotool(file, theirs), peaks, 0);
            plain[i] = timed(preview(List.of(ProcessRun.java(), "-jar", jar.toString()), file, cold), peaks, 1);
            asImage[i] = image == null ? Double.NaN : timed(preview(image.command(), file, cold), peaks, 2);
            warm[i] = crashyWarm(file, ours);
        }
        long allocated = allocatedBy(() -> crashyWarm(file, ours));
        double psnr = OiiotoolComparisonTest.psnr(ImageIO.read(ours.toFile()), ImageIO.read(theirs.toFile()));
        return new BenchmarkRow(
                file.getFileName().toString(),
                Files.size(file),
                median(oiiotool),
                median(warm),
                median(plain),
                median(asImage),
                peaks,
                allocated,
                psnr);
    }

    /** Runs the command, keeps the largest peak resident set in {@code peaks[slot]}, returns the milliseconds. */
    private static double timed(List<String> command, long[] peaks, int slot) throws Exception {
        TimedCommand run = TimedCommand.run(command);
        peaks[slot] = Math.max(peaks[slot], run.peakKilobytes());
        return run.millis();
    }

    private static List<String> preview(List<String> start, Path file, Path out) {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of("preview", file.toString(), "-o", out.toString()));
        return command;
    }

    /** Milliseconds from the EXR file to the JPEG on disk, as the bot makes a preview (no cache). */
    private static double crashyWarm(Path file, Path out) throws IOException {
        long start = System.nanoTime();
        Files.write(
                out, new Previews(ExrFrameDecoder.withImageIo()).jpeg(file, PictureSettings.DEFAULT, Optional.empty()));
        return (System.nanoTime() - start) / 1e6;
    }

    private interface Work {
        void run() throws IOException;
    }

    /** Heap bytes allocated by every thread (the decoding pool's included) while the work runs. */
    private static long allocatedBy(Work work) throws IOException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .sum();
        work.run();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                        .sum()
                - before;
    }

    private static List<String> oiiotool(Path file, Path out) {
        List<String> command = new ArrayList<>(List.of("oiiotool", file.toString()));
        command.addAll(List.of(OIIOTOOL_PREVIEW));
        command.addAll(List.of("-o", out.toString()));
        return command;
    }

    private static Path generate(Path work, List<String> codecs, Map<String, String> options) throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        String tool = options.getOrDefault("tool", "../shared/tools/make-exr-corpus.sh");
        System.out.println("Generating the corpus in " + corpus + " ...");
        ProcessBuilder builder = new ProcessBuilder("bash", tool, corpus.toString()).inheritIO();
        builder.environment().put("COMPRESSIONS", String.join(" ", codecs));
        builder.environment().put("SIZES", options.getOrDefault("sizes", "1920x1080 3840x2160"));
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException(tool + " failed");
        }
        return corpus;
    }

    /** The corpus files of the chosen codecs, by size, then scanline before tiled, then codec in the order given. */
    private static List<Path> corpusFiles(Path corpus, List<String> codecs) throws IOException {
        try (Stream<Path> listing = Files.list(corpus)) {
            return listing.filter(file -> file.getFileName().toString().matches("corpus_.*\\.exr"))
                    .filter(file -> codecs.contains(codec(file)))
                    .sorted(Comparator.comparingInt(PreviewBenchmark::width)
                            .thenComparing(file -> file.getFileName().toString().contains("_tile"))
                            .thenComparingInt(file -> codecs.indexOf(codec(file))))
                    .toList();
        }
    }

    private static String codec(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('_') + 1, name.length() - ".exr".length());
    }

    private static int width(Path file) {
        String size = file.getFileName().toString().split("_")[1];
        return Integer.parseInt(size.substring(0, size.indexOf('x')));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).trim() : "unknown";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
