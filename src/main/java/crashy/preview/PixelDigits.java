package crashy.preview;

import java.awt.Color;
import java.awt.Graphics2D;

/**
 * A 3×5 pixel font for frame numbers: headless servers often have no fonts at all, and digits are all a label needs.
 */
final class PixelDigits {
    private static final String[] GLYPHS = {
        "111101101101111", // 0
        "010110010010111", // 1
        "111001111100111", // 2
        "111001111001111", // 3
        "101101111001001", // 4
        "111100111001111", // 5
        "111100111101111", // 6
        "111001010010010", // 7
        "111101111101111", // 8
        "111101111001111", // 9
    };
    private static final String MINUS = "000000111000000";

    private PixelDigits() {}

    /** Draws the digits (and minus signs) in white on a dark box, each font pixel {@code scale} pixels wide. */
    static void label(Graphics2D g, String text, int x, int y, int scale) {
        int advance = 4 * scale;
        g.setColor(new Color(0, 0, 0, 160));
        g.fillRect(x, y, text.length() * advance + scale * 2, 7 * scale);
        g.setColor(Color.WHITE);
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            String glyph = ch == '-' ? MINUS : Character.isDigit(ch) ? GLYPHS[ch - '0'] : null;
            if (glyph == null) {
                continue;
            }
            for (int i = 0; i < 15; i++) {
                if (glyph.charAt(i) == '1') {
                    g.fillRect(x + scale + c * advance + (i % 3) * scale, y + scale + (i / 3) * scale, scale, scale);
                }
            }
        }
    }
}
