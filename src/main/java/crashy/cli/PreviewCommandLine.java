package crashy.cli;

import crashy.preview.FrameDecoder;
import crashy.preview.ImageIoFrameDecoder;
import crashy.preview.JpegEncoder;
import crashy.preview.PictureSettings;
import crashy.preview.Previews;
import crashy.preview.RgbPictures;
import crashy.preview.UnreadableFrameException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * {@code crashy preview IN -o OUT.jpg [--width N] [--exposure E] [--layer NAME]}: writes the preview JPEG of a frame,
 * or prints one line naming the problem and exits non-zero. With several frames ({@code IN... -o DIR}) each goes to
 * {@code DIR/NAME.jpg}; a frame that cannot be previewed gets its line and the others are still written.
 */
final class PreviewCommandLine {
    static final String USAGE =
            "usage: crashy preview IN -o OUT.jpg | IN... -o DIR [--width N] [--exposure E] [--layer NAME]";

    private final List<FrameDecoder> decoders;
    private final PrintStream err;

    PreviewCommandLine(List<FrameDecoder> decoders, PrintStream err) {
        this.decoders = decoders;
        this.err = err;
    }

    static int run(String[] args) {
        Optional<URLClassLoader> own = SpringBootJarPreview.within(PreviewCommandLine.class.getClassLoader());
        if (own.isPresent()) {
            return SpringBootJarPreview.run(own.get(), PreviewCommandLine.class, args);
        }
        new ImageIoStart().start();
        return new PreviewCommandLine(Decoders.all(), System.err).convert(args);
    }

    /**
     * Starts ImageIO and its JPEG writer on a thread of their own while the frame is decoded: in a cold JVM that takes
     * about 70 ms (the plug-in registry, the logger set-up it triggers, AWT's colour classes, the native JPEG library)
     * that would otherwise come before or after the decoding. The thread starts from the platform class loader, so
     * ImageIO registers only the JDK's own plug-ins (the JPEG writer among them) and skips a search through every
     * library jar; {@link ImageIoFrameDecoder} adds the library plug-ins when a frame needs them. A named class rather
     * than a lambda, which a cold JVM would first have to spin.
     */
    private static final class ImageIoStart extends Thread {
        ImageIoStart() {
            super("imageio-start");
            setDaemon(true);
            setContextClassLoader(ClassLoader.getPlatformClassLoader());
        }

        @Override
        public void run() {
            try {
                ImageIO.getUseCache();
                JpegEncoder.encode(RgbPictures.blank(16, 16), 0.85f);
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: the preview's own encoding meets the same problem and reports it in one line.
            }
        }
    }

    int convert(String[] args) {
        List<Path> inputs = new ArrayList<>();
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
                        if (args[i].startsWith("-")) {
                            return usage("unknown argument " + args[i]);
                        }
                        inputs.add(Path.of(args[i]));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (inputs.isEmpty() || out == null) {
            return usage(inputs.isEmpty() ? "no input frame given" : "no output given: -o OUT.jpg");
        }
        Map<Path, Path> targets;
        try {
            targets = PreviewTargets.of(inputs, out);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        Previews previews = new Previews(decoders);
        int code = 0;
        for (Map.Entry<Path, Path> target : targets.entrySet()) {
            code = Math.max(code, write(previews, target.getKey(), target.getValue(), settings, layer));
        }
        return code;
    }

    private int write(Previews previews, Path in, Path out, PictureSettings settings, Optional<String> layer) {
        if (!Files.isRegularFile(in)) {
            err.println("crashy preview: " + in + " is not a file");
            return 1;
        }
        try {
            BufferedImage picture = previews.picture(in, settings, layer);
            Files.write(out, JpegEncoder.encode(picture, settings.jpegQuality()));
            return 0;
        } catch (UnreadableFrameException e) {
            err.println("crashy preview: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("crashy preview: cannot write " + out + ": " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            // Only this frame's arrays were being made, and they are garbage once the error has left the decoder: one
            // line, like every other problem, and the next frame gets its chance.
            err.println("crashy preview: " + in.getFileName() + " needs more memory than this JVM has (-Xmx"
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m)");
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
