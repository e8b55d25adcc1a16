package crashy.preview.exr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * DWA's channel classification: rules match the last dot-separated part of a channel name and its type, and say
 * whether the channel is lossy-DCT coded (and which of R, G, B it is, for colour conversion), run-length coded, or
 * zlib coded ("unknown"). Files since format version 2 carry their rules; older ones use the legacy set.
 */
final class DwaRules {
    static final int UNKNOWN = 0;
    static final int LOSSY_DCT = 1;
    static final int RLE = 2;

    /** One rule. {@code cscIndex} is 0, 1, 2 for R, G, B of a colour-converted triple, -1 otherwise. */
    record Rule(String suffix, int scheme, ExrPixelType type, int cscIndex, boolean caseInsensitive) {

        boolean matches(String channelSuffix, ExrPixelType channelType) {
            return type == channelType
                    && (caseInsensitive ? suffix.equalsIgnoreCase(channelSuffix) : suffix.equals(channelSuffix));
        }
    }

    static final List<Rule> LEGACY = legacy();

    private DwaRules() {}

    private static List<Rule> legacy() {
        List<Rule> rules = new ArrayList<>();
        String[][] lossy = {
            {"r", "0"},
            {"red", "0"},
            {"g", "1"},
            {"grn", "1"},
            {"green", "1"},
            {"b", "2"},
            {"blu", "2"},
            {"blue", "2"},
            {"y", "-1"},
            {"by", "-1"},
            {"ry", "-1"}
        };
        for (String[] rule : lossy) {
            int csc = Integer.parseInt(rule[1]);
            rules.add(new Rule(rule[0], LOSSY_DCT, ExrPixelType.HALF, csc, true));
            rules.add(new Rule(rule[0], LOSSY_DCT, ExrPixelType.FLOAT, csc, true));
        }
        for (ExrPixelType type : ExrPixelType.values()) {
            rules.add(new Rule("a", RLE, type, -1, true));
        }
        return List.copyOf(rules);
    }

    /** Parses {@code in[start, end)}: NUL-terminated suffix, packed flags byte, type byte, repeated. */
    static List<Rule> parse(byte[] in, int start, int end) throws ExrFormatException {
        List<Rule> rules = new ArrayList<>();
        int at = start;
        while (at < end) {
            if (end - at <= 3) {
                throw corrupt();
            }
            int length = 0;
            while (at + length < end - 2 && in[at + length] != 0 && length <= 128) {
                length++;
            }
            if (length > 128 || in[at + length] != 0 || at + length + 3 > end) {
                throw corrupt();
            }
            String suffix = new String(in, at, length, StandardCharsets.ISO_8859_1);
            int value = in[at + length + 1] & 0xff;
            int type = in[at + length + 2] & 0xff;
            int csc = (value >> 4) - 1;
            int scheme = (value >> 2) & 3;
            if (csc < -1 || csc > 2 || scheme > RLE || type > 2) {
                throw corrupt();
            }
            rules.add(new Rule(suffix, scheme, ExrPixelType.fromCode(type), csc, (value & 1) != 0));
            at += length + 3;
        }
        return rules;
    }

    /** The scheme of each channel: the last rule that matches wins. */
    static int[] schemes(List<Rule> rules, ChunkLayout layout) {
        int[] schemes = new int[layout.channelCount()];
        for (int c = 0; c < schemes.length; c++) {
            ExrChannel channel = layout.channel(c);
            for (Rule rule : rules) {
                if (rule.matches(suffix(channel.name()), channel.type())) {
                    schemes[c] = rule.scheme();
                }
            }
        }
        return schemes;
    }

    /**
     * Triples of channel indices (R, G, B) that share a name prefix and sampling and are decoded together from
     * Y'CbCr, in the order their prefixes first appear.
     */
    static List<int[]> colourTriples(List<Rule> rules, ChunkLayout layout) {
        List<String> prefixes = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        for (int c = 0; c < layout.channelCount(); c++) {
            ExrChannel channel = layout.channel(c);
            String suffix = suffix(channel.name());
            String prefix = channel.name().substring(0, channel.name().length() - suffix.length());
            int p = prefixes.indexOf(prefix);
            if (p < 0) {
                prefixes.add(prefix);
                members.add(new int[] {-1, -1, -1});
                p = prefixes.size() - 1;
            }
            for (Rule rule : rules) {
                if (rule.cscIndex() >= 0 && rule.matches(suffix, channel.type())) {
                    members.get(p)[rule.cscIndex()] = c;
                }
            }
        }
        List<int[]> triples = new ArrayList<>();
        for (int[] rgb : members) {
            if (rgb[0] >= 0 && rgb[1] >= 0 && rgb[2] >= 0 && sameSampling(layout, rgb)) {
                triples.add(rgb);
            }
        }
        return triples;
    }

    private static boolean sameSampling(ChunkLayout layout, int[] rgb) {
        ExrChannel r = layout.channel(rgb[0]);
        ExrChannel g = layout.channel(rgb[1]);
        ExrChannel b = layout.channel(rgb[2]);
        return r.xSampling() == g.xSampling()
                && r.xSampling() == b.xSampling()
                && r.ySampling() == g.ySampling()
                && r.ySampling() == b.ySampling();
    }

    static String suffix(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static ExrFormatException corrupt() {
        return new ExrFormatException("DWA channel rules are corrupt");
    }
}
