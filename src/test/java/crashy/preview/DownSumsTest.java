package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DownSumsTest {
    /**
     * 1800 rows to 720: footprints of three rows, in which the order of adding changes a float sum, and every other
     * footprint shares its first row with the one before (its centre lies on their edge).
     */
    private static final int HEIGHT = 1800;

    private static final int OUT = 720;
    private static final int WIDTH = 64;
    private final BoxFilter rows = new BoxFilter(HEIGHT, OUT, OUT / (double) HEIGHT, 0, HEIGHT);

    /** Values whose float sums depend on the order they are added in. */
    private final float[][] data = data();

    @Test
    void rowsFromSeveralThreadsInAnyOrderSumToTheBitAsInOrder() throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < HEIGHT; r++) {
            order.add(r);
        }
        Collections.shuffle(order, new Random(3));
        float[][][] sums = new float[OUT][][];
        DownSums down = new DownSums(rows, HEIGHT, 3, WIDTH, (o, summed) -> {
            sums[o] = copy(summed);
            return true;
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> given = new ArrayList<>();
            for (int r : order) {
                given.add(pool.submit(() -> give(down, r)));
            }
            for (Future<?> done : given) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(rows.end(0) - rows.start(0)).isEqualTo(3);
        assertThat(rows.start(1)).as("row 2 is in output rows 0 and 1").isEqualTo(2);
        for (int o = 0; o < OUT; o++) {
            float[] expected = new float[WIDTH];
            for (int x = 0; x < WIDTH; x++) {
                for (int r = rows.start(o); r < rows.end(o); r++) {
                    expected[x] += data[r][x];
                }
            }
            for (float[] plane : sums[o]) {
                assertThat(plane).as("output row %d", o).containsExactly(expected);
            }
        }
    }

    @Test
    void usesAnOutputRowsBufferAgainOnlyIfItIsGivenBack() {
        List<float[][]> kept = new ArrayList<>();
        DownSums down = new DownSums(rows, HEIGHT, 3, WIDTH, (o, summed) -> {
            kept.add(summed);
            return false;
        });
        Set<float[][]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());

        for (int r = 0; r < HEIGHT; r++) {
            buffers.add(give(down, r));
        }

        Set<float[][]> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(kept);
        assertThat(kept).hasSize(OUT);
        assertThat(distinct).as("every output row keeps a buffer of its own").hasSize(OUT);
        assertThat(buffers).doesNotContainAnyElementsOf(kept);
    }

    @Test
    void rowsInOrderNeedOnlyAFewBuffers() {
        DownSums down = new DownSums(rows, HEIGHT, 3, WIDTH, (o, summed) -> true);
        Set<float[][]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());

        for (int r = 0; r < HEIGHT; r++) {
            buffers.add(give(down, r));
        }

        assertThat(buffers).as("rows and output rows share the buffers").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void rowsOutsideEveryFootprintAreNotHeld() {
        // Overscan: the data window starts 10 rows above the display window and ends 10 rows below it.
        BoxFilter cropped = new BoxFilter(100, 50, 0.5, -10, 120);
        DownSums down = new DownSums(cropped, 120, 3, WIDTH, (o, summed) -> true);

        assertThat(down.holds(0)).as("above the display window").isFalse();
        assertThat(down.holds(10)).isTrue();
        assertThat(down.holds(109)).isTrue();
        assertThat(down.holds(110)).as("below it").isFalse();
        assertThat(down.holds(-1)).isFalse();
        assertThat(down.holds(120)).isFalse();
    }

    private float[][] give(DownSums down, int r) {
        float[][] buffer = down.buffer();
        for (float[] plane : buffer) {
            System.arraycopy(data[r], 0, plane, 0, WIDTH);
        }
        down.add(r, buffer);
        return buffer;
    }

    private static float[][] copy(float[][] planes) {
        float[][] copy = new float[planes.length][];
        for (int c = 0; c < planes.length; c++) {
            copy[c] = planes[c].clone();
        }
        return copy;
    }

    private static float[][] data() {
        Random random = new Random(11);
        float[][] data = new float[HEIGHT][WIDTH];
        for (float[] row : data) {
            for (int x = 0; x < WIDTH; x++) {
                row[x] = random.nextFloat() * (random.nextBoolean() ? 1e-3f : 1e3f);
            }
        }
        return data;
    }
}
