package crashy.preview.exr;

/** The order in which a part's chunks were written; decoding does not depend on it. */
public enum ExrLineOrder {
    INCREASING_Y,
    DECREASING_Y,
    RANDOM_Y
}
