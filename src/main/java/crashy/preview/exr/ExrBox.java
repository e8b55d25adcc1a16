package crashy.preview.exr;

/** An integer pixel rectangle with inclusive corners, as EXR's data and display windows are stored. */
public record ExrBox(int xMin, int yMin, int xMax, int yMax) {

    /** Width in pixels; a long because a corrupt box may span more than {@code Integer.MAX_VALUE}. */
    public long width() {
        return (long) xMax - xMin + 1;
    }

    /** Height in pixels. */
    public long height() {
        return (long) yMax - yMin + 1;
    }

    @Override
    public String toString() {
        return "(" + xMin + "," + yMin + ")-(" + xMax + "," + yMax + ")";
    }
}
