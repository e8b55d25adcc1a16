package crashy.preview.exr;

/** Conversions between 16-bit half floats (as {@code int} bit patterns) and {@code float}, exactly as Imath does. */
final class HalfFloat {
    private static final float[] TO_FLOAT = new float[65536];

    /**
     * Normal halves take their float bits by one addition; only the zeros, subnormals, infinities and NaNs go through
     * {@link #toFloatBits}. One call per pattern: the JVM does not compile a class initialiser, and this loop, run by the
     * interpreter throughout, took 12 ms of a cold preview command; a method called 32,768 times is compiled early.
     */
    static {
        for (int h = 0; h < 0x8000; h++) {
            fill(h);
        }
    }

    private static void fill(int h) {
        int bits = h >= 0x400 && h < 0x7c00 ? (h + 0x1c000) << 13 : toFloatBits(h);
        TO_FLOAT[h] = Float.intBitsToFloat(bits);
        TO_FLOAT[h | 0x8000] = Float.intBitsToFloat(bits | 0x80000000);
    }

    private HalfFloat() {}

    static float toFloat(int half) {
        return TO_FLOAT[half & 0xffff];
    }

    static int toFloatBits(int half) {
        int sign = (half & 0x8000) << 16;
        int exponent = (half >> 10) & 0x1f;
        int mantissa = half & 0x3ff;
        if (exponent == 0x1f) {
            return sign | 0x7f800000 | (mantissa << 13);
        }
        if (exponent != 0) {
            return sign | ((exponent + 112) << 23) | (mantissa << 13);
        }
        if (mantissa == 0) {
            return sign;
        }
        int shift = Integer.numberOfLeadingZeros(mantissa) - 21;
        return sign | ((113 - shift) << 23) | ((mantissa << shift) & 0x3ff) << 13;
    }

    /**
     * {@link #fromFloat} of the float with these bits when its magnitude rounds to a normal half ({@code 0x38800000}
     * to {@code 0x477fefff}): no branches, for callers that round whole blocks and check the range once.
     */
    static int normal(int bits) {
        int rebased = (bits & 0x7fffffff) - 0x38000000;
        return ((rebased + 0xfff + ((rebased >> 13) & 1)) >> 13) | ((bits >>> 16) & 0x8000);
    }

    /** Rounds to the nearest half, ties to even; overflow gives infinity and NaN stays NaN. */
    static int fromFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        int magnitude = bits & 0x7fffffff;
        int sign = (bits >>> 16) & 0x8000;
        if (magnitude >= 0x38800000) {
            if (magnitude >= 0x7f800000) {
                if (magnitude == 0x7f800000) {
                    return sign | 0x7c00;
                }
                int m = (magnitude & 0x7fffff) >> 13;
                return sign | 0x7c00 | m | (m == 0 ? 1 : 0);
            }
            if (magnitude > 0x477fefff) {
                return sign | 0x7c00;
            }
            return normal(bits);
        }
        if (magnitude < 0x33000001) {
            return sign;
        }
        int exponent = magnitude >>> 23;
        int shift = 0x7e - exponent;
        int m = 0x800000 | (magnitude & 0x7fffff);
        int rest = m << (32 - shift);
        int half = sign | (m >>> shift);
        if (Integer.compareUnsigned(rest, 0x80000000) > 0 || (rest == 0x80000000 && (half & 1) != 0)) {
            half++;
        }
        return half;
    }
}
