package crashy.preview.exr;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The bands of one part, shared out among decoding threads: each thread that runs this takes bands until none is
 * left, with its own {@link ChunkWorker} and band; a scanline chunk reaches the sink line by line, a row of tiles as
 * one band. The first failure is kept and makes every thread stop at its next band.
 */
final class Bands implements Runnable {
    private final ExrInput input;
    private final PartLayout layout;
    private final boolean multipart;
    private final long[] offsets;
    private final List<ExrChannel> asked;
    private final int[] wanted;
    private final ExrLineSink sink;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<@Nullable Exception> failure = new AtomicReference<>();

    Bands(
            ExrInput input,
            PartLayout layout,
            boolean multipart,
            long[] offsets,
            List<ExrChannel> asked,
            int[] wanted,
            ExrLineSink sink) {
        this.input = input;
        this.layout = layout;
        this.multipart = multipart;
        this.offsets = offsets;
        this.asked = asked;
        this.wanted = wanted;
        this.sink = sink;
    }

    /** The first failure of any thread, once all have finished. */
    @Nullable
    Exception failure() {
        return failure.get();
    }

    @Override
    public void run() {
        int count = layout.bandCount();
        int top = layout.header().dataWindow().yMin();
        try {
            ChunkWorker worker = new ChunkWorker(input, layout, multipart, wanted);
            ExrLines band = new ExrLines(
                    asked, layout.width(), top, layout.isTiled() ? layout.bandRows() : 1, sink.takesHalves());
            for (int b = next.getAndIncrement(); b < count; b = next.getAndIncrement()) {
                int first = layout.firstChunk(b);
                if (!layout.isTiled()) {
                    worker.decodeLines(layout.region(first), offsets[first], band, sink);
                    continue;
                }
                ChunkRegion region = layout.region(first);
                band.moveTo(region.y() - top, region.height());
                int end = Math.min(offsets.length, first + layout.chunksInBand());
                for (int chunk = first; chunk < end; chunk++) {
                    worker.decode(layout.region(chunk), offsets[chunk], band);
                }
                sink.accept(band);
            }
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
            next.set(count);
        }
    }
}
