package crashy.preview.exr;

/** Scratch arrays that workers keep from chunk to chunk and enlarge only when a chunk needs more. */
final class Buffers {
    private Buffers() {}

    static byte[] atLeast(byte[] buffer, int size) {
        return buffer.length >= size ? buffer : new byte[size];
    }

    static char[] atLeast(char[] buffer, int size) {
        return buffer.length >= size ? buffer : new char[size];
    }
}
