package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ruled grid and a line of bold text drawn at 150 dpi, turned by a known angle: levelled, then its rules found. */
class ImageRulingsTest {
    private static final int DPI = 150;

    static BufferedImage page(double degrees) {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        for (int i = 0; i < 12; i++) {
            g.drawString("Bijgestelde raming per veiligheidsregio, regel " + i, 120, 160 + 40 * i);
        }
        g.setStroke(new BasicStroke(2));
        for (int r = 0; r <= 4; r++) {
            g.drawLine(150, 800 + 50 * r, 1050, 800 + 50 * r);
        }
        for (int x : new int[] {150, 550, 800, 1050}) {
            g.drawLine(x, 800, x, 1000);
        }
        g.dispose();
        return img;
    }

    @Test
    void aSkewedPageIsLevelledAndItsGridFound() {
        BufferedImage skewed = page(0.8);
        assertEquals(0.8, Deskew.angle(skewed), 0.1);
        List<ImageRulings.Segment> rules = ImageRulings.find(Deskew.level(skewed), DPI);
        assertEquals(5, rules.stream().filter(ImageRulings.Segment::horizontal).count(), rules.toString());
        assertEquals(4, rules.stream().filter(s -> !s.horizontal()).count(), rules.toString());
        assertTrue(rules.stream().allMatch(s -> s.horizontal() ? s.x2() - s.x1() > 850 : s.y2() - s.y1() > 180), rules.toString());
    }

    @Test
    void aLevelPageStaysAsItIsAndTextAloneHasNoRules() {
        BufferedImage level = page(0);
        assertEquals(0, Deskew.angle(level), 0.05);
        BufferedImage text = new BufferedImage(level.getWidth(), 700, BufferedImage.TYPE_BYTE_GRAY);
        text.getRaster().setRect(level.getRaster().createChild(0, 0, level.getWidth(), 700, 0, 0, null));
        assertEquals(List.of(), ImageRulings.find(text, DPI));
    }
}
