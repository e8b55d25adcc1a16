package crashy.preview.exr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Decodes chosen channels of one part at resolution level 0, band by band (a scanline chunk or a row of tiles). The
 * bands ({@link Bands}) are shared out among workers on the common fork-join pool and the calling thread, each worker
 * with its own {@link ChunkWorker}, band and buffers, taking the next band when it is done with one, so that a core
 * slowed by other work does not hold the rest up.
 */
final class PartDecoder {
    /** Below this many uncompressed bytes a second thread costs more than it saves. */
    private static final long PARALLEL_THRESHOLD = 1 << 20;

    /** Workers' buffers together (about four chunks each) stay below this; only huge chunks are affected. */
    private static final long WORKER_MEMORY = 768L << 20;

    private final ExrInput input;
    private final ExrVersion version;
    private final PartLayout layout;
    private final ExrLimits limits;

    PartDecoder(ExrInput input, ExrVersion version, PartLayout layout, ExrLimits limits) {
        this.input = input;
        this.version = version;
        this.layout = layout;
        this.limits = limits;
    }

    /** Every line of the named channels into whole planes, in the order asked (a name asked twice shares a plane). */
    List<ExrChannelPixels> decode(List<String> names, long tableStart, long dataStart) throws IOException {
        checkDecodable();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(names));
        List<ExrChannel> channels = channels(distinct);
        long bytes = 0;
        for (ExrChannel channel : channels) {
            bytes += 4L * (layout.width() / channel.xSampling()) * (layout.height() / channel.ySampling());
        }
        if (bytes > limits.maxDecodedBytes()) {
            throw new ExrFormatException(
                    "decoding needs " + bytes + " bytes, more than the limit " + limits.maxDecodedBytes());
        }
        List<ExrChannelPixels> planes = new ArrayList<>();
        for (ExrChannel channel : channels) {
            int width = layout.width() / channel.xSampling();
            int height = layout.height() / channel.ySampling();
            planes.add(new ExrChannelPixels(channel, width, height, new float[width * height]));
        }
        decode(distinct, tableStart, dataStart, new PlaneCopy(planes));
        List<ExrChannelPixels> result = new ArrayList<>();
        for (String name : names) {
            result.add(planes.get(distinct.indexOf(name)));
        }
        return result;
    }

    /** Copies each band into whole planes. */
    private record PlaneCopy(List<ExrChannelPixels> planes) implements ExrLineSink {
        @Override
        public void accept(ExrLines lines) {
            for (int i = 0; i < lines.channelCount(); i++) {
                ExrChannelPixels plane = planes.get(i);
                int count = lines.lines(i) * lines.width(i);
                System.arraycopy(lines.samples(i), 0, plane.samples(), lines.firstLine(i) * plane.width(), count);
            }
        }
    }

    /** Every line of the named (distinct) channels, band by band into {@code sink}. */
    void decode(List<String> names, long tableStart, long dataStart, ExrLineSink sink) throws IOException {
        checkDecodable();
        ExrHeader header = layout.header();
        List<ExrChannel> asked = channels(names);
        int[] wanted = new int[header.channels().size()];
        for (int c = 0; c < wanted.length; c++) {
            wanted[c] = names.indexOf(header.channels().get(c).name());
        }
        long[] offsets = OffsetTable.read(input, header.index(), tableStart, dataStart, layout.level0Chunks());
        run(offsets, asked, wanted, sink);
    }

    private void checkDecodable() throws UnsupportedExrException {
        ExrHeader header = layout.header();
        if (header.storage().isDeep()) {
            throw new UnsupportedExrException("deep images are not supported (part " + header.index() + ")");
        }
        Decompressor.create(header.compression());
    }

    private List<ExrChannel> channels(List<String> names) throws ExrFormatException {
        List<ExrChannel> channels = new ArrayList<>();
        for (String name : names) {
            Optional<ExrChannel> found = layout.header().channel(name);
            if (found.isEmpty()) {
                throw new IllegalArgumentException(
                        "part " + layout.header().index() + " has no channel '" + name + "'");
            }
            ExrChannel channel = found.get();
            long samples = (long) (layout.width() / channel.xSampling()) * (layout.height() / channel.ySampling());
            if (samples > Integer.MAX_VALUE - 8) {
                throw new ExrFormatException("channel '" + name + "' has too many samples for one array");
            }
            channels.add(channel);
        }
        return channels;
    }

    private void run(long[] offsets, List<ExrChannel> asked, int[] wanted, ExrLineSink sink) throws IOException {
        long work = layout.fullChunkBytes() * offsets.length;
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        long byMemory = Math.max(1, WORKER_MEMORY / (4 * layout.fullChunkBytes() * layout.chunksInBand()));
        int workers = work < PARALLEL_THRESHOLD || threads < 2
                ? 1
                : (int) Math.min(Math.min(layout.bandCount(), threads), byMemory);
        Bands bands = new Bands(input, layout, version.multipart(), offsets, asked, wanted, sink);
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            helpers.add(ForkJoinTask.adapt(bands).fork());
        }
        bands.run();
        for (ForkJoinTask<?> helper : helpers) {
            helper.join();
        }
        Exception failure = bands.failure();
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }
}
