package crashy.preview.exr;

/**
 * DWA stores lossy channels in a perceptual encoding: {@code x^2.2} up to 1 and {@code (e^2.2)^(x - 1)} above.
 * This half-to-half table undoes it; it is computed once, when the first DWA chunk is decoded.
 */
final class DwaToLinear {
    private static final char[] TABLE = build();

    private DwaToLinear() {}

    static char[] table() {
        return TABLE;
    }

    private static char[] build() {
        char[] table = new char[1 << 16];
        for (int x = 1; x < table.length; x++) {
            if ((x & 0x7c00) == 0x7c00) {
                continue;
            }
            float f = HalfFloat.toFloat(x);
            float sign = f < 0 ? -1f : 1f;
            float magnitude = Math.abs(f);
            float linear = magnitude <= 1f
                    ? (float) Math.pow(magnitude, 2.2f)
                    : (float) Math.pow(9.02501329156f, magnitude - 1f);
            table[x] = (char) HalfFloat.fromFloat(sign * linear);
        }
        return table;
    }
}
