package crashy.preview.exr;

/** The size of an embedded {@code preview} thumbnail; its pixels are skipped, not kept. */
public record ExrPreview(int width, int height) {}
