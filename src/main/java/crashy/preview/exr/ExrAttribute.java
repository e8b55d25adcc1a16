package crashy.preview.exr;

import java.util.Objects;

/**
 * One header attribute with its value decoded to a Java type: {@code int} → {@link Integer}, {@code float} →
 * {@link Float}, {@code double} → {@link Double}, {@code string} → {@link String}, {@code stringvector} → {@code
 * List<String>}, {@code floatvector}, {@code v2f}, {@code v3f}, {@code m33f}, {@code m44f}, {@code box2f} → {@code
 * List<Float>}, {@code v2i}, {@code v3i}, {@code rational}, {@code timecode}, {@code keycode} → {@code List<Integer>},
 * {@code v2d}, {@code v3d}, {@code m33d}, {@code m44d} → {@code List<Double>}, {@code box2i} → {@link ExrBox}, {@code
 * chlist} → {@code List<ExrChannel>}, {@code chromaticities} → {@link ExrChromaticities}, {@code compression} →
 * {@link ExrCompression}, {@code lineOrder} → {@link ExrLineOrder}, {@code tiledesc} → {@link ExrTiles}, {@code
 * envmap} and {@code deepImageState} → {@link Integer}, {@code preview} → {@link ExrPreview}; any other type (such as
 * {@code bytes} or a custom one), and a {@code floatvector} or {@code stringvector} over 64 KiB → {@link ExrOpaque}.
 *
 * @param name attribute name
 * @param type the attribute's type name as written in the file
 * @param value the decoded value
 */
public record ExrAttribute(String name, String type, Object value) {

    public ExrAttribute {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
    }
}
