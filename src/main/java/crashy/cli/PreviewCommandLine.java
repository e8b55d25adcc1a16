package crashy.cli;

import crashy.preview.FrameDecoder;
import crashy.preview.PictureSettings;
import crashy.preview.Previews;
import crashy.preview.UnreadableFrameException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code crashy preview IN -o OUT.jpg [--width N] [--exposure E] [--layer NAME]}: writes the preview JPEG of a frame,
 * or prints one line naming the problem and exits non-zero.
 */
final class PreviewCommandLine {
    static final String USAGE = "usage: crashy preview IN -o OUT.jpg [--width N] [--exposure E] [--layer NAME]";

    private final List<FrameDecoder> decoders;
    private final PrintStream err;

    PreviewCommandLine(List<FrameDecoder> decoders, PrintStream err) {
        this.decoders = decoders;
        this.err = err;
    }

    static int run(String[] args) {
        return new PreviewCommandLine(Decoders.all(), System.err).convert(args);
    }

    int convert(String[] args) {
        Path in = null;
        Path out = null;
        PictureSettings settings = PictureSettings.DEFAULT;
        Optional<String> layer = Optional.empty();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "-o", "--output" -> out = Path.of(value(args, ++i, "-o"));
                    case "--width" -> settings = settings.withWidth(number(value(args, ++i, "--width"), "--width"));
                    case "--exposure" -> settings = settings.withExposure(decimal(value(args, ++i, "--exposure")));
                    case "--layer" -> layer = Optional.of(value(args, ++i, "--layer"));
                    default -> {
                        if (args[i].startsWith("-") || in != null) {
                            return usage("unknown argument " + args[i]);
                        }
                        in = Path.of(args[i]);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (in == null || out == null) {
            return usage(in == null ? "no input frame given" : "no output given: -o OUT.jpg");
        }
        if (!Files.isRegularFile(in)) {
            err.println("crashy preview: " + in + " is not a file");
            return 1;
        }
        try {
            Files.write(out, new Previews(decoders).jpeg(in, settings, layer));
            return 0;
        } catch (UnreadableFrameException e) {
            err.println("crashy preview: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("crashy preview: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number of pixels, not " + text);
        }
    }

    private static double decimal(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--exposure takes a number of stops, like 1.5, not " + text);
        }
    }

    private int usage(String problem) {
        err.println("crashy preview: " + problem);
        err.println(USAGE);
        return 2;
    }
}
