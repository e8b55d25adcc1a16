package crashy.preview.exr;

/**
 * DWA stores lossy channels in a perceptual encoding: {@code x^2.2} up to 1 and {@code (e^2.2)^(x - 1)} above.
 * This half-to-half table undoes it; it is computed once, when the first DWA chunk is decoded.
 */
final class DwaToLinear {
    static final char[] TABLE = build();

    private DwaToLinear() {}

    static char[] table() {
        return TABLE;
    }

    /**
     * The curve is odd (a negative value maps to minus the positive one's result, and rounding to half is symmetric), so
     * only the positive finite halves are computed: half the {@code Math.pow} calls of a cold preview command. Negative
     * zero maps to positive zero, as {@code -0 < 0} is false. Each value is a call of its own: a cold JVM compiles a
     * method after a few hundred calls but a loop only after tens of thousands of turns, so the whole loop ran in the
     * interpreter (about 4 ms of a cold preview command; now 2.5 ms, most of it {@code Math.pow}).
     */
    static char[] build() {
        char[] table = new char[1 << 16];
        for (int x = 1; x < 0x7c00; x++) {
            int half = linear(x);
            table[x] = (char) half;
            table[x | 0x8000] = (char) (half | 0x8000);
        }
        return table;
    }

    private static int linear(int x) {
        float magnitude = HalfFloat.toFloat(x);
        float linear =
                magnitude <= 1f ? (float) Math.pow(magnitude, 2.2f) : (float) Math.pow(9.02501329156f, magnitude - 1f);
        return HalfFloat.fromFloat(linear);
    }
}
