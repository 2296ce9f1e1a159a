package nl.gremium.parse.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Random;

/**
 * A made-up photograph for tests: soft mid-grey shading with grain, and four dark patches (shadows, a dark coat)
 * of a redaction box's size, which pass for boxes on white paper ({@link #patchesOnPaper}).
 */
final class SyntheticPhoto {
    private SyntheticPhoto() {}

    static BufferedImage of(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double shade = 115 + 35 * Math.sin(x / 97.0) * Math.cos(y / 131.0) + 20 * Math.sin((x + y) / 53.0);
                r.setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(shade + random.nextGaussian() * 12))));
            }
        }
        patches(image);
        return image;
    }

    /** The photo's dark patches alone, on white paper. */
    static BufferedImage patchesOnPaper(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        patches(image);
        return image;
    }

    private static void patches(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(35, 35, 35));
        for (int i = 0; i < 4; i++) {
            g.fillOval(w / 10 + i * w / 5, h / 8 + i * h / 5, w / 6, h / 25);
        }
        g.dispose();
    }
}
