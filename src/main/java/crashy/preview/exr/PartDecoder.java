package crashy.preview.exr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Decodes chosen channels of one part at resolution level 0, band by band (a scanline chunk or a row of tiles). The
 * bands are shared out among workers on the common fork-join pool and the calling thread, each worker with its own
 * {@link ChunkWorker}, band and buffers, taking the next band when it is done with one, so that a core slowed by other
 * work does not hold the rest up.
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
        decode(distinct, tableStart, dataStart, lines -> copy(lines, planes));
        List<ExrChannelPixels> result = new ArrayList<>();
        for (String name : names) {
            result.add(planes.get(distinct.indexOf(name)));
        }
        return result;
    }

    private static void copy(ExrLines lines, List<ExrChannelPixels> planes) {
        for (int i = 0; i < lines.channelCount(); i++) {
            ExrChannelPixels plane = planes.get(i);
            int count = lines.lines(i) * lines.width(i);
            System.arraycopy(lines.samples(i), 0, plane.samples(), lines.firstLine(i) * plane.width(), count);
        }
    }

    /** Every line of the named (distinct) channels, band by band into {@code sink}. */
    void decode(List<String> names, long tableStart, long dataStart, ExrLineSink sink) throws IOException {
        checkDecodable();
        ExrHeader header = layout.header();
        List<ExrChannel> asked = channels(names);
        int[] wanted = new int[header.channels().size()];
        for (int c = 0; c < wanted.length; c++) {
            wanted[c] = asked.indexOf(header.channels().get(c));
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
            ExrChannel channel = layout.header()
                    .channel(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "part " + layout.header().index() + " has no channel '" + name + "'"));
            long samples = (long) (layout.width() / channel.xSampling()) * (layout.height() / channel.ySampling());
            if (samples > Integer.MAX_VALUE - 8) {
                throw new ExrFormatException("channel '" + name + "' has too many samples for one array");
            }
            channels.add(channel);
        }
        return channels;
    }

    private void run(long[] offsets, List<ExrChannel> asked, int[] wanted, ExrLineSink sink) throws IOException {
        int bands = layout.bandCount();
        long work = layout.fullChunkBytes() * offsets.length;
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        long byMemory = Math.max(1, WORKER_MEMORY / (4 * layout.fullChunkBytes() * layout.chunksInBand()));
        int workers = work < PARALLEL_THRESHOLD || threads < 2 ? 1 : (int) Math.min(Math.min(bands, threads), byMemory);
        AtomicInteger next = new AtomicInteger();
        IntStream range = IntStream.range(0, workers);
        try {
            (workers > 1 ? range.parallel() : range).forEach(worker -> work(offsets, asked, wanted, sink, next));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Takes bands until none is left; a failure makes the other workers stop at their next band. */
    private void work(long[] offsets, List<ExrChannel> asked, int[] wanted, ExrLineSink sink, AtomicInteger next) {
        int bands = layout.bandCount();
        try {
            ChunkWorker worker = new ChunkWorker(input, layout, version.multipart(), wanted);
            ExrLines band = new ExrLines(
                    asked, layout.width(), layout.header().dataWindow().yMin(), layout.bandRows());
            for (int b = next.getAndIncrement(); b < bands; b = next.getAndIncrement()) {
                int first = layout.firstChunk(b);
                ChunkRegion region = layout.region(first);
                band.moveTo(region.y() - layout.header().dataWindow().yMin(), region.height());
                int end = Math.min(offsets.length, first + layout.chunksInBand());
                for (int chunk = first; chunk < end; chunk++) {
                    worker.decode(layout.region(chunk), offsets[chunk], band);
                }
                sink.accept(band);
            }
        } catch (IOException e) {
            next.set(bands);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            next.set(bands);
            throw e;
        }
    }
}
