package crashy.preview.exr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Decodes chosen channels of one part at resolution level 0. Chunks are split into contiguous batches that run in
 * parallel on the common fork-join pool, each batch with its own {@link ChunkWorker} and buffers.
 */
final class PartDecoder {
    /** Below this many uncompressed bytes a second thread costs more than it saves. */
    private static final long PARALLEL_THRESHOLD = 1 << 20;

    /** Workers' buffers together (about three chunks each) stay below this; only huge chunks are affected. */
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

    List<ExrChannelPixels> decode(List<String> names, long tableStart, long dataStart) throws IOException {
        ExrHeader header = layout.header();
        if (header.storage().isDeep()) {
            throw new UnsupportedExrException("deep images are not supported (part " + header.index() + ")");
        }
        Decompressor.create(header.compression());
        List<ExrChannel> channels = header.channels();
        long[] offsets = OffsetTable.read(input, header.index(), tableStart, dataStart, layout.level0Chunks());
        float[][] planes = new float[channels.size()][];
        List<ExrChannelPixels> result = allocate(names, channels, planes);
        run(offsets, planes);
        return result;
    }

    private List<ExrChannelPixels> allocate(List<String> names, List<ExrChannel> channels, float[][] planes)
            throws ExrFormatException {
        long bytes = 0;
        int[] indices = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            indices[i] = IntStream.range(0, channels.size())
                    .filter(c -> channels.get(c).name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "part " + layout.header().index() + " has no channel '" + name + "'"));
            ExrChannel channel = channels.get(indices[i]);
            long samples = (long) (layout.width() / channel.xSampling()) * (layout.height() / channel.ySampling());
            if (samples > Integer.MAX_VALUE - 8) {
                throw new ExrFormatException("channel '" + name + "' has too many samples for one array");
            }
            bytes += 4 * samples;
        }
        if (bytes > limits.maxDecodedBytes()) {
            throw new ExrFormatException(
                    "decoding needs " + bytes + " bytes, more than the limit " + limits.maxDecodedBytes());
        }
        List<ExrChannelPixels> result = new ArrayList<>();
        for (int index : indices) {
            ExrChannel channel = channels.get(index);
            int width = layout.width() / channel.xSampling();
            int height = layout.height() / channel.ySampling();
            if (planes[index] == null) {
                planes[index] = new float[width * height];
            }
            result.add(new ExrChannelPixels(channel, width, height, planes[index]));
        }
        return result;
    }

    private void run(long[] offsets, float[][] planes) throws IOException {
        int chunks = offsets.length;
        long work = layout.fullChunkBytes() * chunks;
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        long byMemory = Math.max(1, WORKER_MEMORY / (3 * layout.fullChunkBytes()));
        int batches =
                work < PARALLEL_THRESHOLD || threads < 2 ? 1 : (int) Math.min(Math.min(chunks, 2L * threads), byMemory);
        IntStream range = IntStream.range(0, batches);
        try {
            (batches > 1 ? range.parallel() : range).forEach(batch -> {
                try {
                    ChunkWorker worker = new ChunkWorker(input, layout, version.multipart(), planes);
                    int from = (int) ((long) chunks * batch / batches);
                    int to = (int) ((long) chunks * (batch + 1) / batches);
                    for (int chunk = from; chunk < to; chunk++) {
                        worker.decode(layout.region(chunk), offsets[chunk]);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
