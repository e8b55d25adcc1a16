package crashy.preview.exr;

/**
 * Scratch arrays that workers keep from chunk to chunk and enlarge only when a chunk needs more, then by a quarter more
 * than it needs: the sizes vary from chunk to chunk, and growing to the exact size made a new array whenever a chunk
 * needed a little more than any before (a cold 4K scanline DWAA preview took 6 % longer).
 */
final class Buffers {
    private Buffers() {}

    /** {@code size} and a quarter, within the largest array the JVM makes. */
    static int grown(int size) {
        return (int) Math.min(Integer.MAX_VALUE - 8, size + (long) size / 4);
    }

    static byte[] atLeast(byte[] buffer, int size) {
        return buffer.length >= size ? buffer : new byte[grown(size)];
    }

    static char[] atLeast(char[] buffer, int size) {
        return buffer.length >= size ? buffer : new char[grown(size)];
    }
}
