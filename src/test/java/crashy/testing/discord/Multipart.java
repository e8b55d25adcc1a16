package crashy.testing.discord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code multipart/form-data} body into its parts (RFC 7578), as OkHttp writes it. */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private Multipart() {}

    static boolean isMultipart(String contentType) {
        return contentType.toLowerCase().startsWith("multipart/form-data");
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!isMultipart(contentType) || !boundary.find()) {
            return List.of();
        }
        byte[] delimiter = ("\r\n--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        // The first delimiter has no line break before it; pretend it had one.
        byte[] text = concat("\r\n".getBytes(StandardCharsets.ISO_8859_1), body);
        int at = indexOf(text, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 >= text.length || (text[start] == '-' && text[start + 1] == '-')) {
                break;
            }
            int headersEnd = indexOf(text, HEADER_END, start);
            int next = headersEnd < 0 ? -1 : indexOf(text, delimiter, headersEnd + HEADER_END.length);
            if (next < 0) {
                throw new IllegalArgumentException("Malformed multipart body");
            }
            String headers = new String(text, start + 2, headersEnd - start - 2, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(text, headersEnd + HEADER_END.length, next)));
            at = next;
        }
        return parts;
    }

    private static Part part(String headers, byte[] content) {
        String disposition = "";
        String type = "";
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).trim();
            String value = colon < 0 ? "" : line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Disposition")) {
                disposition = value;
            } else if (name.equalsIgnoreCase("Content-Type")) {
                type = value;
            }
        }
        return new Part(find(NAME, disposition), find(FILENAME, disposition), type, content);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
