package crashy.preview;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of up to 16 frames of a sequence, each labelled with its frame number; a missing frame is an empty cell
 * crossed in grey, a failed one crossed in red. Labels use a built-in pixel font, so no system fonts are needed.
 */
public final class ContactSheet {
    public static final int MAX_CELLS = 16;
    private static final int GAP = 4;
    private static final Color BACKGROUND = new Color(0x20, 0x20, 0x20);

    private ContactSheet() {}

    /** Up to {@code max} frames spread evenly over the list, the first and the last always included. */
    public static List<Integer> pick(List<Integer> frames, int max) {
        if (frames.size() <= max) {
            return List.copyOf(frames);
        }
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            int index = (int) Math.round(i * (frames.size() - 1) / (double) (max - 1));
            picked.add(frames.get(index));
        }
        return picked;
    }

    /** How wide each picture of a sheet of {@code cells} cells is drawn: decode the frames no larger. */
    public static int cellWidth(int cells, int width) {
        int columns = columns(cells);
        return (width - GAP * (columns + 1)) / columns;
    }

    private static int columns(int cells) {
        return (int) Math.ceil(Math.sqrt(cells));
    }

    /** The sheet, at most {@code width} pixels wide, cells shaped like the first picture (16:9 if none). */
    public static BufferedImage make(List<SheetCell> cells, int width) {
        if (cells.isEmpty() || cells.size() > MAX_CELLS) {
            throw new IllegalArgumentException("a contact sheet has 1 to 16 cells, not " + cells.size());
        }
        int columns = columns(cells.size());
        int rows = (int) Math.ceil(cells.size() / (double) columns);
        double aspect = cells.stream()
                .flatMap(cell -> cell.image().stream())
                .findFirst()
                .map(p -> p.getHeight() / (double) p.getWidth())
                .orElse(9 / 16.0);
        int cellWidth = cellWidth(cells.size(), width);
        int cellHeight = Math.max(1, (int) Math.round(cellWidth * aspect));
        BufferedImage sheet =
                new BufferedImage(width, rows * cellHeight + GAP * (rows + 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            for (int i = 0; i < cells.size(); i++) {
                int x = GAP + (i % columns) * (cellWidth + GAP);
                int y = GAP + (i / columns) * (cellHeight + GAP);
                drawCell(g, cells.get(i), x, y, cellWidth, cellHeight);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    private static void drawCell(Graphics2D g, SheetCell cell, int x, int y, int w, int h) {
        if (cell.picture() != null) {
            g.drawImage(RgbPictures.toIntRgb(cell.picture()), x, y, w, h, null);
        } else {
            g.setColor(new Color(0x30, 0x30, 0x30));
            g.fillRect(x, y, w, h);
            g.setColor(cell.failed() ? new Color(0xE7, 0x4C, 0x3C) : new Color(0x70, 0x70, 0x70));
            g.drawLine(x, y, x + w - 1, y + h - 1);
            g.drawLine(x + w - 1, y, x, y + h - 1);
        }
        PixelDigits.label(g, String.valueOf(cell.frame()), x + 3, y + 3, Math.max(1, h / 60));
    }
}
