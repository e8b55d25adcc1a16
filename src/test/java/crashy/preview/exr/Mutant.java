package crashy.preview.exr;

import java.util.Arrays;
import java.util.Random;

/** A damaged copy of a valid file, made the ways files break: flipped bytes, cuts, and wild header numbers. */
public record Mutant(byte[] bytes, String description) {
    private static final int[] EXTREMES = {0, 1, -1, 2, 0x7fffffff, 0x80000000, 0xffff, 0x10000, 16384, 65537};

    public static Mutant of(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int header = Math.min(bytes.length, 1024);
        return switch (random.nextInt(7)) {
            case 0 -> flipBytes(bytes, bytes.length, random, "flipped bytes anywhere");
            case 1 -> flipBytes(bytes, header, random, "flipped header bytes");
            case 2 -> {
                int length = random.nextInt(bytes.length);
                yield new Mutant(Arrays.copyOf(bytes, length), "cut at " + length);
            }
            case 3 -> overwriteInt(bytes, header, random, "header number");
            case 4 -> overwriteInt(bytes, Math.min(bytes.length, header + 4096), random, "offset or leader");
            case 5 -> overwriteInt(bytes, bytes.length, random, "number anywhere");
            default -> {
                int at = random.nextInt(bytes.length);
                int count = Math.min(bytes.length - at, 1 + random.nextInt(256));
                Arrays.fill(bytes, at, at + count, (byte) random.nextInt(256));
                yield new Mutant(bytes, "filled " + count + " bytes at " + at);
            }
        };
    }

    private static Mutant flipBytes(byte[] bytes, int range, Random random, String what) {
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            bytes[random.nextInt(range)] ^= (byte) (1 + random.nextInt(255));
        }
        return new Mutant(bytes, what + " x" + count);
    }

    private static Mutant overwriteInt(byte[] bytes, int range, Random random, String what) {
        int at = random.nextInt(Math.max(1, range - 8));
        int value = random.nextBoolean() ? EXTREMES[random.nextInt(EXTREMES.length)] : random.nextInt();
        if (random.nextBoolean()) {
            LittleEndian.put32(bytes, at, value);
        } else {
            LittleEndian.put32(bytes, at, value);
            LittleEndian.put32(bytes, at + 4, value >> 31);
        }
        return new Mutant(bytes, what + " " + value + " at " + at);
    }
}
