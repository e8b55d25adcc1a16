package crashy.preview;

/**
 * oiiotool's box filter along one axis of the display window: each output pixel averages the source pixels whose
 * centres lie inside its footprint (edges included), or takes the nearest one when none does. Unlike kernels with
 * negative lobes it cannot ring around very bright pixels, and unlike an exact area average it does not smear a
 * sliver of a very bright pixel (a window at 200× white) over a thin dark line next to it. Source pixels outside the
 * data window count as 0, so each output pixel keeps the part of its footprint that lies in the data window.
 */
final class BoxFilter {
    private final int[] start;
    private final int[] end;
    private final float[] weight;

    /**
     * @param displaySize source pixels along the axis of the display window
     * @param outSize output pixels
     * @param scale output pixels per display pixel
     * @param dataOffset where the data window starts on the display window
     * @param dataSize data window pixels along the axis
     */
    BoxFilter(int displaySize, int outSize, double scale, int dataOffset, int dataSize) {
        start = new int[outSize];
        end = new int[outSize];
        weight = new float[outSize];
        for (int o = 0; o < outSize; o++) {
            double from = o / scale;
            double to = (o + 1) / scale;
            int first = (int) Math.ceil(from - 0.5);
            int last = (int) Math.floor(to - 0.5) + 1;
            if (last <= first) {
                first = (int) Math.floor((from + to) / 2);
                last = first + 1;
            }
            first = Math.max(0, Math.min(displaySize - 1, first));
            last = Math.max(first + 1, Math.min(displaySize, last));
            weight[o] = 1f / (last - first);
            start[o] = Math.max(0, Math.min(dataSize, first - dataOffset));
            end[o] = Math.max(start[o], Math.min(dataSize, last - dataOffset));
        }
    }

    int size() {
        return start.length;
    }

    /** The first data window pixel that output pixel {@code o} averages. */
    int start(int o) {
        return start[o];
    }

    /** One past the last data window pixel that output pixel {@code o} averages ({@code start} if none). */
    int end(int o) {
        return end[o];
    }

    /** The weight of each source pixel of output pixel {@code o}: one over its whole footprint, data or not. */
    float weight(int o) {
        return weight[o];
    }

    /** The share of output pixel {@code o}'s footprint that lies in the data window. */
    float coverage(int o) {
        return (end[o] - start[o]) * weight[o];
    }
}
