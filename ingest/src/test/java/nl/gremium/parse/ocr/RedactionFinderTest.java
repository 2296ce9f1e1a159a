package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionFinderTest {
    @Test
    void findsSolidBoxesButNotRulesOrStrokes() {
        BufferedImage page = new BufferedImage(1200, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 300, 50);     // a redaction
        g.fillRect(100, 300, 900, 4);      // a table rule
        for (int x = 100; x < 1000; x += 12) {
            g.fillRect(x, 500, 4, 50);     // letter strokes
        }
        g.fillRect(600, 650, 400, 60);     // a redaction with a white label inside
        g.setColor(Color.WHITE);
        for (int x = 620; x < 760; x += 14) {
            g.fillRect(x, 665, 5, 30);
        }
        g.fillRect(620, 665, 140, 5);
        g.dispose();

        List<RedactionFinder.Box> boxes = new RedactionFinder(300).find(page);
        assertEquals(2, boxes.size(), boxes.toString());
        RedactionFinder.Box first = boxes.get(0);
        assertTrue(Math.abs(first.left() - 100) <= 2 && Math.abs(first.right() - 400) <= 2, first.toString());
        assertTrue(Math.abs(first.top() - 100) <= 2 && Math.abs(first.bottom() - 150) <= 2, first.toString());
        RedactionFinder.Box labelled = boxes.get(1);
        assertTrue(labelled.height() >= 55 && labelled.fill() < 0.97, labelled.toString());
    }

    @Test
    void aSkewedBoxIsOneBoxOfItsWholeWidth() {
        BufferedImage page = new BufferedImage(1200, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 400);
        g.setColor(Color.BLACK);
        g.rotate(Math.toRadians(0.8), 600, 200);
        g.fillRect(200, 170, 800, 55);
        g.dispose();

        List<RedactionFinder.Box> boxes = new RedactionFinder(300).find(page);
        assertEquals(1, boxes.size(), boxes.toString());
        assertTrue(boxes.get(0).width() >= 790, boxes.toString());
    }

    @Test
    void aPhotographsDarkPatchesAreNoBoxes() {
        assertEquals(4, new RedactionFinder(150).find(SyntheticPhoto.patchesOnPaper(1240, 1754)).size(),
                "on paper the patches are boxes");
        List<RedactionFinder.Box> boxes = new RedactionFinder(150).find(SyntheticPhoto.of(1240, 1754, 7));
        assertTrue(boxes.isEmpty(), boxes.toString());
    }
}
