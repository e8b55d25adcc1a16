package crashy.preview.exr;

/**
 * Where one chunk of resolution level 0 lies in the data window.
 *
 * @param index position in the part's offset table
 * @param column tile column (0 for scanline chunks)
 * @param row tile row, or the chunk's number among scanline chunks
 * @param x first pixel column, in data window coordinates
 * @param y first scanline, in data window coordinates
 * @param width pixel columns covered
 * @param height scanlines covered
 */
record ChunkRegion(int index, int column, int row, int x, int y, int width, int height) {}
