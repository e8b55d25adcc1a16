package crashy.preview;

import org.jspecify.annotations.Nullable;

/**
 * The box filter across a row of the data window, into a row as narrow as the picture, making each sample safe on the
 * way: NaN and negative values count as 0 and infinities as half's largest value, so a blown-out pixel stays white.
 * Rows come as floats or, from half channels, as their 16-bit patterns, which a table turns straight into safe floats.
 */
final class AcrossFilter {
    private static final float BRIGHTEST = 65504f;

    /** Per half pattern, its safe value. */
    private static final float[] SAFE_HALVES = safeHalves();

    private final BoxFilter columns;

    /**
     * Output pixels {@code [threesFrom, threesTo)} each average three data pixels with the same weight, the first
     * from data pixel {@code threesStart}: what shrinking a frame three times (4K to 1280) gives for nearly every pixel.
     */
    private final int threesFrom;

    private final int threesTo;
    private final int threesStart;
    private final float threesWeight;

    AcrossFilter(BoxFilter columns) {
        this.columns = columns;
        int from = 0;
        int to = 0;
        for (int o = 0; o < columns.size(); ) {
            int end = o;
            while (end < columns.size()
                    && columns.end(end) - columns.start(end) == 3
                    && columns.start(end) == columns.start(o) + 3 * (end - o)
                    && columns.weight(end) == columns.weight(o)) {
                end++;
            }
            if (end - o > to - from) {
                from = o;
                to = end;
            }
            o = Math.max(end, o + 1);
        }
        this.threesFrom = from;
        this.threesTo = to;
        this.threesStart = to > from ? columns.start(from) : 0;
        this.threesWeight = to > from ? columns.weight(from) : 0;
    }

    /** Filters the row at {@code samples[offset]} into {@code out[base]}; true when any result is above 0. */
    boolean filter(float[] samples, int offset, float[] out, int base) {
        boolean positive = false;
        for (int o = 0; o < columns.size(); o++) {
            float sum = span(samples, offset + columns.start(o), columns.end(o) - columns.start(o));
            out[base + o] = sum * columns.weight(o);
            positive |= sum > 0;
        }
        return positive;
    }

    /**
     * Filters the rows of half patterns at {@code offset} of red, green, blue and, if {@code narrow} has a fourth
     * plane, alpha into {@code narrow[c][base]}, as {@link #filter}; true when any alpha result is above 0. The
     * pixels that average three go through one loop over all planes, which shares the index arithmetic and the
     * filter's tables between them (4K ZIP previews 3-4 % less CPU than a pass per plane, B44A 7 %).
     */
    boolean filter(
            char[] red, char[] green, char[] blue, char @Nullable [] alpha, int offset, float[][] narrow, int base) {
        boolean positive = false;
        if (threesFrom > 0) {
            positive = filter(red, green, blue, alpha, offset, narrow, base, 0, threesFrom);
        }
        float[] safe = SAFE_HALVES;
        float weight = threesWeight;
        int in = offset + threesStart;
        int out = base + threesFrom;
        int count = threesTo - threesFrom;
        float[] r = narrow[0];
        float[] g = narrow[1];
        float[] b = narrow[2];
        if (alpha == null) {
            for (int o = 0; o < count; o++, in += 3) {
                r[out + o] = (safe[red[in]] + safe[red[in + 1]] + safe[red[in + 2]]) * weight;
                g[out + o] = (safe[green[in]] + safe[green[in + 1]] + safe[green[in + 2]]) * weight;
                b[out + o] = (safe[blue[in]] + safe[blue[in + 1]] + safe[blue[in + 2]]) * weight;
            }
        } else {
            float[] a = narrow[3];
            for (int o = 0; o < count; o++, in += 3) {
                r[out + o] = (safe[red[in]] + safe[red[in + 1]] + safe[red[in + 2]]) * weight;
                g[out + o] = (safe[green[in]] + safe[green[in + 1]] + safe[green[in + 2]]) * weight;
                b[out + o] = (safe[blue[in]] + safe[blue[in + 1]] + safe[blue[in + 2]]) * weight;
                float sum = safe[alpha[in]] + safe[alpha[in + 1]] + safe[alpha[in + 2]];
                a[out + o] = sum * weight;
                positive |= sum > 0;
            }
        }
        if (threesTo < columns.size()) {
            positive |= filter(red, green, blue, alpha, offset, narrow, base, threesTo, columns.size());
        }
        return positive;
    }

    /** Filters output pixels {@code [from, to)} of each plane, one plane after another. */
    private boolean filter(
            char[] red,
            char[] green,
            char[] blue,
            char @Nullable [] alpha,
            int offset,
            float[][] narrow,
            int base,
            int from,
            int to) {
        filter(red, offset, narrow[0], base, from, to);
        filter(green, offset, narrow[1], base, from, to);
        filter(blue, offset, narrow[2], base, from, to);
        return alpha != null && filter(alpha, offset, narrow[3], base, from, to);
    }

    /**
     * Filters output pixels {@code [from, to)} of the row of half patterns at {@code halves[offset]} into {@code
     * out[base]}, as {@link #filter(float[], int, float[], int)}.
     */
    private boolean filter(char[] halves, int offset, float[] out, int base, int from, int to) {
        float[] safe = SAFE_HALVES;
        boolean positive = false;
        for (int o = from; o < to; o++) {
            int first = offset + columns.start(o);
            int count = columns.end(o) - columns.start(o);
            float sum;
            if (count == 3) {
                sum = safe[halves[first]] + safe[halves[first + 1]] + safe[halves[first + 2]];
            } else if (count == 2) {
                sum = safe[halves[first]] + safe[halves[first + 1]];
            } else {
                sum = 0;
                for (int k = first; k < first + count; k++) {
                    sum += safe[halves[k]];
                }
            }
            out[base + o] = sum * columns.weight(o);
            positive |= sum > 0;
        }
        return positive;
    }

    /**
     * The sum of {@code count} samples from {@code first}, each made safe; spans of two and three, what shrinking a
     * frame 1.5 or 3 times takes, are written out, which makes the whole filter about half as costly. Clamping with
     * {@code Math.max} and {@code Math.min} has no branches to mispredict on noise around 0 (it made 4K previews 8 %
     * faster than compares), but lets NaN through: the rare span that sums to NaN is summed again with compares.
     */
    private static float span(float[] samples, int first, int count) {
        float sum;
        if (count == 3) {
            sum = clamp(samples[first]) + clamp(samples[first + 1]) + clamp(samples[first + 2]);
        } else if (count == 2) {
            sum = clamp(samples[first]) + clamp(samples[first + 1]);
        } else {
            sum = 0;
            for (int k = first; k < first + count; k++) {
                sum += clamp(samples[k]);
            }
        }
        return sum == sum ? sum : safeSpan(samples, first, count);
    }

    /** Negative values to 0 and infinities to half's largest value; NaN stays NaN. */
    private static float clamp(float value) {
        return Math.min(Math.max(value, 0f), BRIGHTEST);
    }

    private static float safeSpan(float[] samples, int first, int count) {
        float sum = 0;
        for (int k = first; k < first + count; k++) {
            sum += safe(samples[k]);
        }
        return sum;
    }

    /** NaN and negative values to 0, infinities to half's largest value. */
    private static float safe(float value) {
        return value > 0 ? (value < BRIGHTEST ? value : BRIGHTEST) : 0;
    }

    /**
     * Positive finite halves keep their value: a subnormal is its mantissa times 2<sup>-24</sup>, a normal half has
     * the float bits of its own shifted into place (the float exponent is 112 more). Bit arithmetic rather than {@code
     * Math.scalb}, which took a few milliseconds of a cold preview command.
     */
    static float[] safeHalves() {
        float[] table = new float[1 << 16];
        for (int half = 0; half < 0x400; half++) {
            table[half] = half * 0x1p-24f;
        }
        for (int half = 0x400; half < 0x7c00; half++) {
            table[half] = Float.intBitsToFloat((half + 0x1c000) << 13);
        }
        table[0x7c00] = BRIGHTEST;
        return table;
    }
}
