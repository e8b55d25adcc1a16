package crashy.preview.exr;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the magic number, version flags and the header of every part, up to the first offset table. */
final class HeaderParser {
    private static final int MAX_NAME_LENGTH = 255;

    /** Far more than any renderer writes; bounds the objects a hostile header can make us create. */
    private static final int MAX_PARTS = 4096;

    private HeaderParser() {}

    /** The parsed headers and where the offset tables start. */
    record Result(ExrVersion version, List<ExrHeader> headers, long tablesStart) {}

    static Result parse(ExrInput input, ExrLimits limits) throws IOException {
        byte[] start = new byte[8];
        try {
            input.read(0, start, 0, 8);
        } catch (EOFException e) {
            throw new ExrFormatException("the file is too short to be an OpenEXR file", e);
        }
        ExrVersion version = ExrVersion.parse(LittleEndian.i32(start, 0), LittleEndian.i32(start, 4));
        HeaderCursor in = new HeaderCursor(input, 8, limits.maxHeaderBytes());
        AttributeReader values = new AttributeReader(in, MAX_NAME_LENGTH);
        List<ExrHeader> headers = new ArrayList<>();
        do {
            if (headers.size() == MAX_PARTS) {
                throw new ExrFormatException("the file has more than " + MAX_PARTS + " parts");
            }
            Map<String, ExrAttribute> attributes = attributes(in, values);
            headers.add(new ExrHeader(headers.size(), storage(version, attributes), attributes));
        } while (version.multipart() && in.peekU8() != 0);
        if (version.multipart()) {
            in.u8();
        }
        return new Result(version, List.copyOf(headers), in.position());
    }

    private static Map<String, ExrAttribute> attributes(HeaderCursor in, AttributeReader values) throws IOException {
        Map<String, ExrAttribute> attributes = new LinkedHashMap<>();
        for (String name = in.name(MAX_NAME_LENGTH, "attribute name");
                !name.isEmpty();
                name = in.name(MAX_NAME_LENGTH, "attribute name")) {
            String type = in.name(MAX_NAME_LENGTH, "attribute type");
            int size = in.i32();
            if (type.isEmpty() || size < 0) {
                throw new ExrFormatException("attribute '" + name + "' has an invalid type or size");
            }
            attributes.put(name, values.read(name, type, size));
        }
        return attributes;
    }

    /** Single-part files say it with a flag; multipart and deep files with the {@code type} attribute. */
    private static ExrStorage storage(ExrVersion version, Map<String, ExrAttribute> attributes)
            throws ExrFormatException {
        if (!version.multipart() && !version.nonImage()) {
            return version.singlePartTiled() ? ExrStorage.TILED : ExrStorage.SCANLINE;
        }
        String type = HeaderValues.required(attributes, "type", String.class, "string");
        return switch (type) {
            case "scanlineimage" -> ExrStorage.SCANLINE;
            case "tiledimage" -> ExrStorage.TILED;
            case "deepscanline" -> ExrStorage.DEEP_SCANLINE;
            case "deeptile" -> ExrStorage.DEEP_TILED;
            default -> throw new UnsupportedExrException("part type '" + type + "' is not supported");
        };
    }
}
