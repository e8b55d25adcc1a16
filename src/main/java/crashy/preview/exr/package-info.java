/**
 * A self-contained, pure-Java OpenEXR reader: header parsing for single-part, multi-part, scanline and tiled files,
 * and bit-exact decoding of the NONE, RLE, ZIPS, ZIP, PIZ, PXR24, B44, B44A, DWAA and DWAB compressions into float
 * arrays, hardened against truncated and hostile files. zlib data is inflated by {@code java.util.zip}, or by the
 * system's libdeflate once a long-lived process asks for it ({@link crashy.preview.exr.Libdeflate}). Start reading at {@link crashy.preview.exr.ExrFile}, the typed
 * API the preview code uses; {@link crashy.preview.exr.ExrImageReader} is the ImageIO face of the same decoder. The
 * package depends on nothing else in Crashy so that it could be published on its own. Code on the way from opening a
 * file to its pixels uses plain loops rather than lambdas and streams: the preview command runs it in a cold JVM, where
 * each lambda is a class made at run time.
 */
@NullMarked
package crashy.preview.exr;

import org.jspecify.annotations.NullMarked;
