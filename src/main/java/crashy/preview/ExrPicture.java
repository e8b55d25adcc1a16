package crashy.preview;

import crashy.preview.exr.ExrChannel;
import crashy.preview.exr.ExrChromaticities;
import crashy.preview.exr.ExrFile;
import crashy.preview.exr.ExrHeader;
import crashy.preview.exr.ExrLineSink;
import crashy.preview.exr.ExrLines;
import crashy.preview.exr.ExrPixelType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The preview of an RGB or grey EXR part, made while the part is decoded: each band of lines goes through the colour
 * conversion (if the file's primaries are not Rec.709) into a {@link PreviewCanvas} and is forgotten, so the frame's
 * planes are never held whole and the filtering runs on the decoding threads while the lines are in cache.
 */
final class ExrPicture implements ExrLineSink {
    private final BeautyChoice choice;
    private final List<String> names;
    private final float[] matrix;
    private final PreviewCanvas canvas;

    /** Whether rows come as half patterns: every chosen channel is half and no colour conversion needs floats. */
    private final boolean halves;

    private ExrPicture(ExrHeader part, BeautyChoice choice, PictureSettings settings) {
        this.choice = choice;
        this.names = choice.channels();
        this.matrix = choice.kind() == BeautyChoice.Kind.GREY
                ? null
                : Primaries.toRec709(part.chromaticities().orElse(ExrChromaticities.REC709));
        this.canvas =
                new PreviewCanvas(ExrFrameDecoder.framing(part), !choice.alpha().isEmpty(), true, settings);
        boolean allHalf = true;
        for (String name : names) {
            allHalf &= part.channel(name).orElseThrow().type() == ExrPixelType.HALF;
        }
        this.halves = allHalf && matrix == null;
    }

    /** Whether the part's chosen channels can be previewed this way: full-resolution RGB or grey. */
    static boolean streams(ExrHeader part, BeautyChoice choice) {
        if (choice.kind() == BeautyChoice.Kind.LUMINANCE_CHROMA) {
            return false;
        }
        for (String name : choice.channels()) {
            ExrChannel channel = part.channel(name).orElseThrow();
            if (channel.xSampling() != 1 || channel.ySampling() != 1) {
                return false;
            }
        }
        return true;
    }

    static BufferedImage make(ExrFile exr, BeautyChoice choice, PictureSettings settings) throws IOException {
        ExrPicture picture = new ExrPicture(exr.part(choice.part()), choice, settings);
        exr.decode(choice.part(), picture.names, picture);
        return picture.canvas.finish();
    }

    @Override
    public boolean takesHalves() {
        return halves;
    }

    @Override
    public void accept(ExrLines lines) {
        if (halves) {
            acceptHalves(lines);
            return;
        }
        float[] red = lines.samples(names.indexOf(choice.red()));
        float[] green = lines.samples(names.indexOf(choice.green()));
        float[] blue = lines.samples(names.indexOf(choice.blue()));
        float[] alpha = choice.alpha().isEmpty() ? null : lines.samples(names.indexOf(choice.alpha()));
        int width = lines.width(0);
        if (matrix != null) {
            Primaries.apply(matrix, red, green, blue, width * lines.rows());
        }
        for (int row = 0; row < lines.rows(); row++) {
            canvas.row(lines.firstRow() + row, red, green, blue, alpha, row * width);
        }
    }

    private void acceptHalves(ExrLines lines) {
        char[] red = halves(lines, choice.red());
        char[] green = halves(lines, choice.green());
        char[] blue = halves(lines, choice.blue());
        char[] alpha = choice.alpha().isEmpty() ? null : halves(lines, choice.alpha());
        int width = lines.width(0);
        for (int row = 0; row < lines.rows(); row++) {
            canvas.row(lines.firstRow() + row, red, green, blue, alpha, row * width);
        }
    }

    private char[] halves(ExrLines lines, String name) {
        return Objects.requireNonNull(lines.halves(names.indexOf(name)));
    }
}
