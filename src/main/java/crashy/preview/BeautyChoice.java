package crashy.preview;

import crashy.preview.exr.ExrChannel;
import crashy.preview.exr.ExrHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which part and channels of an EXR are the picture: the bare {@code R,G,B[,A]} of the default view; else a part or
 * layer named like the beauty ({@code rgba}, {@code beauty}, Blender's {@code ViewLayer.Combined}); else the first
 * layer with three colour channels; else luminance and chroma ({@code Y,RY,BY}); else one channel as grey. A named
 * layer picks that one instead.
 */
record BeautyChoice(int part, String red, String green, String blue, String alpha, Kind kind) {
    enum Kind {
        RGB,
        LUMINANCE_CHROMA,
        GREY
    }

    private static final List<String> BEAUTY_NAMES = List.of("rgba", "beauty", "combined", "rgb", "color", "colour");

    static BeautyChoice of(List<ExrHeader> parts, Optional<String> layer) {
        if (layer.isPresent()) {
            return named(parts, layer.get())
                    .orElseThrow(() -> new UnreadableFrameException(
                            "no layer \"" + layer.get() + "\" in this frame; it has: " + layers(parts)));
        }
        for (ExrHeader part : parts) {
            Optional<BeautyChoice> bare = rgb(part, "");
            if (bare.isPresent() && isDefaultView(part)) {
                return bare.get();
            }
        }
        for (ExrHeader part : parts) {
            String partName = part.name().orElse("").toLowerCase(Locale.ROOT);
            if (BEAUTY_NAMES.stream().anyMatch(partName::contains)) {
                Optional<BeautyChoice> inPart = rgb(part, "").or(() -> firstLayer(part));
                if (inPart.isPresent()) {
                    return inPart.get();
                }
            }
            for (String prefix : prefixes(part)) {
                String last = lastSegment(prefix);
                if (BEAUTY_NAMES.contains(last)) {
                    Optional<BeautyChoice> found = rgb(part, prefix);
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
        }
        for (ExrHeader part : parts) {
            Optional<BeautyChoice> any = rgb(part, "").or(() -> firstLayer(part));
            if (any.isPresent()) {
                return any.get();
            }
        }
        ExrHeader first = parts.get(0);
        if (first.channel("Y").isPresent()) {
            boolean chroma =
                    first.channel("RY").isPresent() && first.channel("BY").isPresent();
            return new BeautyChoice(
                    0,
                    chroma ? "RY" : "Y",
                    "Y",
                    chroma ? "BY" : "Y",
                    alphaOf(first, ""),
                    chroma ? Kind.LUMINANCE_CHROMA : Kind.GREY);
        }
        String only = first.channels().get(0).name();
        return new BeautyChoice(0, only, only, only, "", Kind.GREY);
    }

    /** The distinct channels to decode: red, green, blue and alpha, as far as they differ. */
    List<String> channels() {
        List<String> names = new ArrayList<>();
        for (String name : new String[] {red, green, blue, alpha}) {
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static Optional<BeautyChoice> named(List<ExrHeader> parts, String layer) {
        for (ExrHeader part : parts) {
            if (part.name().filter(layer::equalsIgnoreCase).isPresent()) {
                return rgb(part, "").or(() -> firstLayer(part));
            }
            Optional<BeautyChoice> inLayer = rgb(part, layer + ".");
            if (inLayer.isPresent()) {
                return inLayer;
            }
            for (ExrChannel channel : part.channels()) {
                if (channel.name().equalsIgnoreCase(layer)) {
                    return Optional.of(new BeautyChoice(
                            part.index(), channel.name(), channel.name(), channel.name(), "", Kind.GREY));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BeautyChoice> rgb(ExrHeader part, String prefix) {
        Optional<String> r = find(part, prefix, "R", "red");
        Optional<String> g = find(part, prefix, "G", "green");
        Optional<String> b = find(part, prefix, "B", "blue");
        if (r.isEmpty() || g.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BeautyChoice(part.index(), r.get(), g.get(), b.get(), alphaOf(part, prefix), Kind.RGB));
    }

    private static Optional<BeautyChoice> firstLayer(ExrHeader part) {
        for (String prefix : prefixes(part)) {
            Optional<BeautyChoice> found = rgb(part, prefix);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String alphaOf(ExrHeader part, String prefix) {
        return find(part, prefix, "A", "alpha").orElse("");
    }

    private static Optional<String> find(ExrHeader part, String prefix, String letter, String word) {
        for (ExrChannel channel : part.channels()) {
            String name = channel.name();
            if (name.length() > prefix.length() && name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String rest = name.substring(prefix.length());
                if (rest.equalsIgnoreCase(letter) || rest.equalsIgnoreCase(word)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** The layer prefixes of a part, in channel order: {@code ViewLayer.Combined.} for {@code ViewLayer.Combined.R}. */
    private static List<String> prefixes(ExrHeader part) {
        List<String> prefixes = new ArrayList<>();
        for (ExrChannel channel : part.channels()) {
            int dot = channel.name().lastIndexOf('.');
            if (dot > 0) {
                String prefix = channel.name().substring(0, dot + 1);
                if (!prefixes.contains(prefix)) {
                    prefixes.add(prefix);
                }
            }
        }
        return prefixes;
    }

    private static String lastSegment(String prefix) {
        String trimmed = prefix.substring(0, prefix.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** A part without a view, or the first (default) view of a multi-view file. */
    private static boolean isDefaultView(ExrHeader part) {
        return part.view().isEmpty()
                || part.multiView().isEmpty()
                || part.view().get().equals(part.multiView().get(0));
    }

    private static String layers(List<ExrHeader> parts) {
        List<String> names = new ArrayList<>();
        parts.forEach(part -> {
            part.name().ifPresent(names::add);
            prefixes(part).forEach(prefix -> names.add(prefix.substring(0, prefix.length() - 1)));
        });
        return names.isEmpty()
                ? "no layers"
                : String.join(", ", names.stream().distinct().limit(20).toList());
    }
}
