package crashy.testing.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body split into its text fields and its files (the parts with a file name). */
record MultipartForm(Map<String, String> texts, Map<String, Upload> files) {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    static MultipartForm parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new MalformedCallException(400, "multipart/form-data without a boundary");
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Upload> files = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0 && !startsWith(body, at + delimiter.length, new byte[] {'-', '-'})) {
            int headersStart = at + delimiter.length + CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            int next = headersEnd < 0 ? -1 : indexOf(body, concat(CRLF, delimiter), headersEnd);
            if (next < 0) {
                throw new MalformedCallException(400, "multipart body ends inside a part");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + HEADER_END.length, next);
            add(headers, content, texts, files);
            at = next + CRLF.length;
        }
        return new MultipartForm(texts, files);
    }

    private static void add(String headers, byte[] content, Map<String, String> texts, Map<String, Upload> files) {
        Matcher name = NAME.matcher(headers);
        if (!name.find()) {
            throw new MalformedCallException(400, "a multipart part without a name");
        }
        Matcher fileName = FILE_NAME.matcher(headers);
        if (fileName.find()) {
            files.put(name.group(1), new Upload(fileName.group(1), content));
        } else {
            texts.put(name.group(1), new String(content, StandardCharsets.UTF_8));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            if (startsWith(haystack, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return at + prefix.length <= bytes.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
