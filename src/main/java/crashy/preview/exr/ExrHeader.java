package crashy.preview.exr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The header of one part: its channels, windows, compression, layout and every other attribute. Headers are read and
 * validated by {@link ExrFile#open(java.nio.file.Path)}; the pixels are decoded separately.
 */
public final class ExrHeader {
    private final int index;
    private final ExrStorage storage;
    private final List<ExrChannel> channels;
    private final ExrCompression compression;
    private final ExrBox dataWindow;
    private final ExrBox displayWindow;
    private final ExrLineOrder lineOrder;
    private final float pixelAspectRatio;
    private final @Nullable ExrTiles tiles;
    private final Map<String, ExrAttribute> attributes;

    ExrHeader(int index, ExrStorage storage, Map<String, ExrAttribute> attributes) throws ExrFormatException {
        this.index = index;
        this.storage = storage;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        List<ExrChannel> list = new ArrayList<>();
        for (Object channel : HeaderValues.required(attributes, "channels", List.class, "chlist")) {
            list.add((ExrChannel) channel);
        }
        this.channels = List.copyOf(list);
        this.compression = HeaderValues.required(attributes, "compression", ExrCompression.class, "compression");
        this.dataWindow = HeaderValues.required(attributes, "dataWindow", ExrBox.class, "box2i");
        this.displayWindow = HeaderValues.required(attributes, "displayWindow", ExrBox.class, "box2i");
        this.lineOrder = HeaderValues.optional(attributes, "lineOrder", ExrLineOrder.class, "lineOrder")
                .orElse(ExrLineOrder.INCREASING_Y);
        this.pixelAspectRatio = HeaderValues.optional(attributes, "pixelAspectRatio", Float.class, "float")
                .orElse(1f);
        boolean tiled = storage == ExrStorage.TILED || storage == ExrStorage.DEEP_TILED;
        this.tiles = tiled ? HeaderValues.required(attributes, "tiles", ExrTiles.class, "tiledesc") : null;
    }

    /** Position of this part in the file, from 0. */
    public int index() {
        return index;
    }

    /** The {@code name} attribute (required in multipart files). */
    public Optional<String> name() {
        return stringAttribute("name");
    }

    /** The {@code view} attribute of a stereo part, such as {@code left}. */
    public Optional<String> view() {
        return stringAttribute("view");
    }

    /** The {@code multiView} attribute: the views of a multi-view file, the first being the default view. */
    public List<String> multiView() {
        List<String> views = new ArrayList<>();
        if (value("multiView") instanceof List<?> list) {
            for (Object view : list) {
                views.add(String.valueOf(view));
            }
        }
        return List.copyOf(views);
    }

    public ExrStorage storage() {
        return storage;
    }

    /** Channels in file order, which EXR keeps sorted by name. */
    public List<ExrChannel> channels() {
        return channels;
    }

    public Optional<ExrChannel> channel(String name) {
        for (ExrChannel channel : channels) {
            if (channel.name().equals(name)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    public ExrCompression compression() {
        return compression;
    }

    /** The pixels actually stored; decoded arrays cover exactly this box. */
    public ExrBox dataWindow() {
        return dataWindow;
    }

    /** The intended image frame, which may be larger or smaller than the data window. */
    public ExrBox displayWindow() {
        return displayWindow;
    }

    public ExrLineOrder lineOrder() {
        return lineOrder;
    }

    public float pixelAspectRatio() {
        return pixelAspectRatio;
    }

    /** The tile description of a tiled part. */
    public Optional<ExrTiles> tiles() {
        return Optional.ofNullable(tiles);
    }

    /** The {@code chromaticities} attribute; when absent the primaries are {@link ExrChromaticities#REC709}. */
    public Optional<ExrChromaticities> chromaticities() {
        return value("chromaticities") instanceof ExrChromaticities primaries
                ? Optional.of(primaries)
                : Optional.empty();
    }

    public Optional<ExrAttribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** Every attribute of the part by name, the standard ones included. */
    public Map<String, ExrAttribute> attributes() {
        return attributes;
    }

    private Optional<String> stringAttribute(String name) {
        return value(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** The value of an attribute, or null. */
    private @Nullable Object value(String name) {
        ExrAttribute attribute = attributes.get(name);
        return attribute == null ? null : attribute.value();
    }
}
