package crashy.preview.exr;

import java.io.EOFException;
import java.io.IOException;

/**
 * Reads the level-0 entries of a part's chunk offset table and checks each one against the file size, so that a
 * truncated file (a frame still being written) is refused before any chunk is decoded.
 */
final class OffsetTable {
    private OffsetTable() {}

    /**
     * @param tableStart where this part's table starts
     * @param dataStart where chunk data may start (after every part's table)
     * @param count how many entries to read
     */
    static long[] read(ExrInput input, int part, long tableStart, long dataStart, int count) throws IOException {
        long length = input.length() < 0 ? Long.MAX_VALUE : input.length();
        if (dataStart > length) {
            throw new ExrFormatException("the file ends inside its chunk offset tables (truncated)");
        }
        byte[] raw = new byte[Math.multiplyExact(count, 8)];
        try {
            input.read(tableStart, raw, 0, raw.length);
        } catch (EOFException e) {
            throw new ExrFormatException("the file ends inside its chunk offset tables (truncated)", e);
        }
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            long offset = LittleEndian.i64(raw, 8 * i);
            if (offset == 0) {
                throw new ExrFormatException("chunk " + i + " of part " + part
                        + " has no offset: the file is incomplete (still being written?)");
            }
            if (offset < dataStart || offset >= length) {
                throw new ExrFormatException("chunk " + i + " of part " + part + " lies at offset " + offset
                        + ", outside the file's data (" + dataStart + ".." + length
                        + "): the file is truncated or corrupt");
            }
            offsets[i] = offset;
        }
        return offsets;
    }
}
