package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.ProcessRun;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PreviewCanvasTest {
    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;

    /** Samples in eighths, so every sum is exact in float and the order rows are added in cannot change it. */
    private final float[][] planes = planes();

    @Test
    void rowsFromSeveralThreadsInAnyOrderMakeThePictureRowsInOrderMake() throws Exception {
        BufferedImage inOrder = draw(rowsInOrder(), 1);
        List<Integer> shuffled = rowsInOrder();
        Collections.shuffle(shuffled, new Random(7));

        BufferedImage fromFourThreads = draw(shuffled, 4);

        assertThat(bytes(fromFourThreads)).isEqualTo(bytes(inOrder));
    }

    @Test
    void shrinksThreeRowsAndColumnsIntoOnePixelOfTheirAverage() {
        BufferedImage picture = draw(rowsInOrder(), 1);

        assertThat(picture.getWidth()).isEqualTo(100);
        assertThat(picture.getHeight()).isEqualTo(67);
        int mean = PictureMaker.toSrgb((float) average(0, 0));
        assertThat(picture.getRGB(0, 0) & 0xff).isEqualTo(mean);
    }

    @Test
    void anAlphaThatFirstShowsBelowEmptyRowsCountsForThemToo() {
        // Rows come top first; the top half's alpha is 0, so until the first row of the bottom half it is open
        // whether the alpha counts at all.
        float[] alpha = new float[WIDTH * HEIGHT];
        Arrays.fill(alpha, WIDTH * HEIGHT / 2, alpha.length, 1f);

        BufferedImage ifEmptyOpaque = drawWithAlpha(alpha, true);

        assertThat(bytes(ifEmptyOpaque))
                .isEqualTo(bytes(drawWithAlpha(alpha, false)))
                .isNotEqualTo(bytes(drawOpaque()));
    }

    @Test
    void anAlphaThatIsZeroEverywhereMeansNoAlphaWhenSoAsked() {
        BufferedImage ifEmptyOpaque = drawWithAlpha(new float[WIDTH * HEIGHT], true);

        assertThat(bytes(ifEmptyOpaque)).isEqualTo(bytes(drawOpaque()));
    }

    @Test
    void holdsAFewRowsSoAHugeFrameFitsASmallHeap() throws Exception {
        // 10240 x 5760 with alpha: its rows filtered across to 1280 took 118 MB, and the sums of the picture's rows 15
        // MB; now the picture (2.7 MB) and the sums of a few rows are all that is held.
        ProcessRun run = ProcessRun.of(
                List.of(
                        ProcessRun.java(),
                        "-Xmx16m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HugeFrame.class.getName()),
                Map.of(),
                Duration.ofMinutes(1));

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output().strip()).isEqualTo("1280x720 " + PictureMaker.toSrgb(0.2f));
    }

    /** Gives a canvas every row of a 10240 x 5760 grey frame (one row array, reused) and prints its picture. */
    static final class HugeFrame {
        public static void main(String[] args) {
            int width = 10240;
            int height = 5760;
            float[] row = new float[width];
            Arrays.fill(row, 0.2f);
            float[] opaque = new float[width];
            Arrays.fill(opaque, 1f);
            Framing framing = new Framing(width, height, width, height, 0, 0, 1);
            PreviewCanvas canvas = new PreviewCanvas(framing, true, false, PictureSettings.DEFAULT);
            for (int y = 0; y < height; y++) {
                canvas.row(y, row, row, row, opaque, 0);
            }
            BufferedImage picture = canvas.finish();
            System.out.println(
                    picture.getWidth() + "x" + picture.getHeight() + " " + (picture.getRGB(640, 360) & 0xff));
        }
    }

    private BufferedImage drawWithAlpha(float[] alpha, boolean emptyAlphaIsOpaque) {
        Framing framing = new Framing(WIDTH, HEIGHT, WIDTH, HEIGHT, 0, 0, 1);
        PreviewCanvas canvas =
                new PreviewCanvas(framing, true, emptyAlphaIsOpaque, PictureSettings.DEFAULT.withWidth(100));
        for (int y = 0; y < HEIGHT; y++) {
            canvas.row(y, planes[0], planes[1], planes[2], alpha, y * WIDTH);
        }
        return canvas.finish();
    }

    private BufferedImage drawOpaque() {
        Framing framing = new Framing(WIDTH, HEIGHT, WIDTH, HEIGHT, 0, 0, 1);
        PreviewCanvas canvas = new PreviewCanvas(framing, false, false, PictureSettings.DEFAULT.withWidth(100));
        for (int y = 0; y < HEIGHT; y++) {
            canvas.row(y, planes[0], planes[1], planes[2], null, y * WIDTH);
        }
        return canvas.finish();
    }

    private BufferedImage draw(List<Integer> rows, int threads) {
        Framing framing = new Framing(WIDTH, HEIGHT, WIDTH, HEIGHT, 0, 0, 1);
        PreviewCanvas canvas = new PreviewCanvas(framing, true, false, PictureSettings.DEFAULT.withWidth(100));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> given = new ArrayList<>();
            for (int row : rows) {
                given.add(pool.submit(() -> canvas.row(row, planes[0], planes[1], planes[2], planes[3], row * WIDTH)));
            }
            for (Future<?> done : given) {
                done.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return canvas.finish();
    }

    private static List<Integer> rowsInOrder() {
        List<Integer> rows = new ArrayList<>();
        for (int y = 0; y < HEIGHT; y++) {
            rows.add(y);
        }
        return rows;
    }

    /** The mean of the blue plane over the 3 x 3 source pixels of picture pixel (x, y). */
    private double average(int x, int y) {
        double sum = 0;
        for (int dy = 0; dy < 3; dy++) {
            for (int dx = 0; dx < 3; dx++) {
                sum += planes[2][(3 * y + dy) * WIDTH + 3 * x + dx];
            }
        }
        return sum / 9;
    }

    private static float[][] planes() {
        Random random = new Random(42);
        float[][] planes = new float[4][WIDTH * HEIGHT];
        for (float[] plane : planes) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = random.nextInt(9) / 8f;
            }
        }
        Arrays.fill(planes[3], 1f);
        return planes;
    }

    private static byte[] bytes(BufferedImage picture) {
        return ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
    }
}
