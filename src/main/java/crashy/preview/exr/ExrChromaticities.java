package crashy.preview.exr;

/** CIE xy chromaticities of the RGB primaries and white point, from the {@code chromaticities} attribute. */
public record ExrChromaticities(
        float redX, float redY, float greenX, float greenY, float blueX, float blueY, float whiteX, float whiteY) {

    /** ITU-R BT.709 primaries with a D65 white point, the EXR default when the attribute is absent. */
    public static final ExrChromaticities REC709 =
            new ExrChromaticities(0.64f, 0.33f, 0.30f, 0.60f, 0.15f, 0.06f, 0.3127f, 0.3290f);
}
