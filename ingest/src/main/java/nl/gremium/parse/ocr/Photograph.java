package nl.gremium.parse.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Tells a page that is mostly photograph or illustration from a page of print, by its tones. Print is paper and
 * ink, grey only on the edges of strokes; a photo is grey all over. The paper's own tone (the commonest one, give
 * or take {@link #NEAR_PAPER}) does not count, so print on grey or yellowed paper is still print. A photo page
 * reads poorly whatever its orientation, so asking Tesseract for that (about a second) is wasted on it.
 */
final class Photograph {
    private static final int DARK = 48;
    private static final int LIGHT = 208;
    private static final int NEAR_PAPER = 32;
    /**
     * Share of grey pixels (not near the paper's tone) above which a page is a photograph. The pages of our
     * scanned samples (eval-ocr's 200 dpi scans, specks and skew included, rendered at 300 dpi) are 0.01–0.06;
     * the archive's four cover photos 0.28–0.73.
     */
    static final double GREY_SHARE = 0.25;

    private Photograph() {}

    static boolean likely(BufferedImage gray) {
        return greyShare(gray) >= GREY_SHARE;
    }

    /** Share of pixels in mid-grey and away from the paper's tone, on every other row and column. */
    static double greyShare(BufferedImage gray) {
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] histogram = new int[256];
        int[] row = new int[w];
        long n = 0;
        for (int y = 0; y < h; y += 2) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x += 2) {
                histogram[row[x]]++;
                n++;
            }
        }
        int paper = 0;
        for (int v = 1; v < 256; v++) {
            if (histogram[v] > histogram[paper]) {
                paper = v;
            }
        }
        long grey = 0;
        for (int v = DARK; v < LIGHT; v++) {
            if (Math.abs(v - paper) > NEAR_PAPER) {
                grey += histogram[v];
            }
        }
        return n == 0 ? 0 : grey / (double) n;
    }
}
