package crashy.preview.exr;

/**
 * The table B44 applies to channels flagged perceptually linear ({@code pLinear}): {@code 8 · ln(x)} in half
 * precision, computed once when first needed.
 */
final class B44LogTable {
    private static final char[] TABLE = build();

    private B44LogTable() {}

    static int toLinear(int half) {
        return TABLE[half];
    }

    private static char[] build() {
        char[] table = new char[1 << 16];
        for (int x = 0; x < table.length; x++) {
            if ((x & 0x7c00) == 0x7c00 || x > 0x8000) {
                continue;
            }
            float f = HalfFloat.toFloat(x);
            table[x] = (char) HalfFloat.fromFloat(8 * (float) Math.log(f));
        }
        return table;
    }
}
