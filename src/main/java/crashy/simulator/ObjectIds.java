package crashy.simulator;

import java.util.HexFormat;
import java.util.Random;

/**
 * Makes MongoDB-style ObjectIds, as Deadline uses for jobs and reports: four bytes of seconds, five bytes that are
 * random per process (here: from the seed) and a three-byte counter. Deterministic for a seed.
 */
final class ObjectIds {
    private static final HexFormat HEX = HexFormat.of();
    private final byte[] process = new byte[5];
    private int counter;

    ObjectIds(long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        random.nextBytes(process);
        counter = random.nextInt(1 << 24);
    }

    String next(long epochMillis) {
        counter = (counter + 1) & 0xFFFFFF;
        return HEX.toHexDigits((int) (epochMillis / 1000))
                + HEX.formatHex(process)
                + HEX.toHexDigits(counter).substring(2);
    }

    /** An id that is the same every time it is asked for the same arguments, for reports made up on demand. */
    static String derived(long epochMillis, String owner, int index) {
        long mixed = mix(owner.hashCode() * 31L + index);
        return HEX.toHexDigits((int) (epochMillis / 1000))
                + HEX.toHexDigits(mixed).substring(0, 16);
    }

    /** SplitMix64's finaliser: spreads any number into a well-mixed 64-bit value. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
