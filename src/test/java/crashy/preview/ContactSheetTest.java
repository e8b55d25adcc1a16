package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContactSheetTest {

    @Test
    void spreadsSixteenFramesEvenlyIncludingTheFirstAndTheLast() {
        List<Integer> frames = IntStream.rangeClosed(1, 240).boxed().toList();

        List<Integer> picked = ContactSheet.pick(frames, 16);

        assertThat(picked).hasSize(16).startsWith(1).endsWith(240).isSorted().doesNotHaveDuplicates();
        assertThat(ContactSheet.pick(List.of(1, 2, 3), 16)).containsExactly(1, 2, 3);
    }

    @Test
    void laysOutCellsInASquareGridWithMarkedGaps() {
        BufferedImage red = solid(160, 90, Color.RED);
        List<SheetCell> cells = List.of(
                SheetCell.of(1, red), SheetCell.missing(2, false), SheetCell.missing(3, true), SheetCell.of(4, red));

        BufferedImage sheet = ContactSheet.make(cells, 644);

        assertThat(sheet.getWidth()).isEqualTo(644);
        assertThat(sheet.getHeight()).isEqualTo(2 * 178 + 12);
        assertThat(new Color(sheet.getRGB(200, 150))).isEqualTo(Color.RED);
        assertThat(new Color(sheet.getRGB(4 + 316 + 4 + 100, 4 + 100))).isNotEqualTo(Color.RED);
        assertThat(reddish(sheet, 4, 4 + 178 + 4))
                .as("failed frame crossed in red")
                .isGreaterThan(300);
        assertThat(reddish(sheet, 4 + 316 + 4, 4))
                .as("missing frame crossed in grey")
                .isZero();
    }

    @Test
    void drawsFrameNumbersWithoutSystemFonts() {
        BufferedImage sheet = ContactSheet.make(List.of(SheetCell.of(1001, solid(160, 90, Color.BLACK))), 168);

        long white = IntStream.range(0, 40)
                .flatMap(x -> IntStream.range(0, 12).map(y -> sheet.getRGB(4 + x, 4 + y)))
                .filter(rgb -> (rgb & 0xffffff) == 0xffffff)
                .count();
        assertThat(white).isGreaterThan(20);
    }

    @Test
    void refusesMoreThanSixteenCells() {
        List<SheetCell> cells = IntStream.range(0, 17)
                .mapToObj(f -> SheetCell.missing(f, false))
                .toList();

        assertThatThrownBy(() -> ContactSheet.make(cells, 800)).hasMessageContaining("1 to 16");
    }

    private static long reddish(BufferedImage sheet, int left, int top) {
        return IntStream.range(left + 20, left + 316)
                .flatMap(x -> IntStream.range(top, top + 178).map(y -> sheet.getRGB(x, y)))
                .filter(rgb -> ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 100)
                .count();
    }

    private static BufferedImage solid(int w, int h, Color color) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }
}
