package crashy.preview.exr;

/** An attribute of a type this reader does not interpret; only its size is kept. */
public record ExrOpaque(int size) {}
