package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DespeckleTest {
    @Test
    void specksGoAndStrokesStay() {
        BufferedImage page = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.fillRect(50, 40, 3, 120);       // a letter's stem, three pixels wide
        g.fillRect(100, 100, 250, 4);     // a bar
        g.dispose();
        page.getRaster().setSample(200, 30, 0, 0);      // a dark speck on paper
        page.getRaster().setSample(51, 80, 0, 255);     // a light speck in the stem

        BufferedImage clean = Despeckle.median(page);
        assertEquals(255, clean.getRaster().getSample(200, 30, 0));
        assertEquals(0, clean.getRaster().getSample(51, 80, 0));
        for (int y = 41; y < 159; y++) {
            assertEquals(0, clean.getRaster().getSample(51, y, 0), "stem at y=" + y);
        }
        assertEquals(0, clean.getRaster().getSample(300, 101, 0));
        assertEquals(255, clean.getRaster().getSample(0, 0, 0), "a corner takes its repeated edge");
    }

    @Test
    void medianOfNineIsTheMiddleValue() {
        Random random = new Random(7);
        for (int run = 0; run < 1000; run++) {
            int[] v = new int[9];
            for (int i = 0; i < 9; i++) {
                v[i] = random.nextInt(256);
            }
            int[] sorted = v.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[4], Despeckle.medianOfNine(v));
        }
    }
}
