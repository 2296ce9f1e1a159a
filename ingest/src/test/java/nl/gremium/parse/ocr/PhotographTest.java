package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PhotographTest {
    /** A page of print: lines of antialiased text on paper of the given tone. */
    private static BufferedImage print(int paper) {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, 1240, 1754);
        g.setColor(new Color(25, 25, 25));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 26));
        for (int y = 150; y < 1650; y += 40) {
            g.drawString("Het college stelt voor de subsidieregeling voor buurthuizen met een jaar te verlengen.", 120, y);
        }
        g.dispose();
        return page;
    }

    @Test
    void aPhotographIsGreyAllOver() {
        assertTrue(Photograph.likely(SyntheticPhoto.of(1240, 1754, 7)),
                () -> "grey share " + Photograph.greyShare(SyntheticPhoto.of(1240, 1754, 7)));
    }

    @Test
    void printIsPaperAndInkWhateverThePapersTone() {
        assertFalse(Photograph.likely(print(255)), () -> "grey share " + Photograph.greyShare(print(255)));
        assertFalse(Photograph.likely(print(185)), () -> "grey share " + Photograph.greyShare(print(185)));
    }
}
