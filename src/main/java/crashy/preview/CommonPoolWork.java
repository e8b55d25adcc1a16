package crashy.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Work that takes its own pieces until none is left, run by the calling thread and helpers from the common pool. The
 * EXR decoder's {@code PartDecoder} does the same for its chunks but keeps its own copy, as the plug-in's package uses
 * nothing of Crashy's.
 */
final class CommonPoolWork {
    private CommonPoolWork() {}

    /** Runs {@code work} on the calling thread and as many helpers as make {@code threads}, within the pool's size. */
    static void run(Runnable work, int threads) {
        int workers = Math.min(threads, ForkJoinPool.getCommonPoolParallelism() + 1);
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            helpers.add(ForkJoinTask.adapt(work).fork());
        }
        work.run();
        for (ForkJoinTask<?> helper : helpers) {
            helper.join();
        }
    }
}
