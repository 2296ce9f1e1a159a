package nl.gremium.parse.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds blacked-out passages on a page image: solid dark rectangles at least a short word wide and most of a
 * text line high. Printed text never has such runs (strokes are thin, letters are apart) and rules and table
 * borders are only a few pixels high, so a box is what is left. A box is followed down the page while most of
 * its width stays dark (two in five pixels), so a label printed inside it in white ("5.1.2e") or scanner specks do not end it.
 */
final class RedactionFinder {
    /** Darker than this (0–255) is ink. */
    private static final int DARK = 96;

    record Box(int left, int top, int right, int bottom, double fill) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }

    private final int minWidth;
    private final int minHeight;

    /** @param dpi the image's resolution: boxes are at least 4 mm wide and 1.5 mm high */
    RedactionFinder(int dpi) {
        this.minWidth = Math.max(8, dpi * 4 / 25);
        this.minHeight = Math.max(4, dpi * 3 / 50);
    }

    List<Box> find(BufferedImage gray) {
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] row = new int[w];
        boolean[] dark = new boolean[w];
        List<int[]> open = new ArrayList<>();   // {left, right, top, lastRow, misses, darkCount}
        List<Box> boxes = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                dark[x] = row[x] < DARK;
            }
            List<int[]> still = new ArrayList<>();
            for (int[] b : open) {
                int count = 0;
                for (int x = b[0]; x < b[1]; x++) {
                    count += dark[x] ? 1 : 0;
                }
                if (count >= 0.4 * (b[1] - b[0])) {
                    b[3] = y;
                    b[4] = 0;
                    b[5] += count;
                    still.add(b);
                } else if (++b[4] <= 3) {
                    still.add(b);
                } else {
                    close(b, boxes);
                }
            }
            open = still;
            for (int x = 0; x < w; ) {
                if (!dark[x]) {
                    x++;
                    continue;
                }
                int start = x;
                int gap = 0;
                int end = x;
                while (x < w && gap <= 3) {
                    if (dark[x]) {
                        end = x + 1;
                        gap = 0;
                    } else {
                        gap++;
                    }
                    x++;
                }
                if (end - start >= minWidth && !covered(open, start, end)) {
                    open.add(new int[] {start, end, y, y, 0, end - start});
                }
            }
        }
        open.forEach(b -> close(b, boxes));
        return boxes;
    }

    private static boolean covered(List<int[]> open, int start, int end) {
        for (int[] b : open) {
            if (start < b[1] && end > b[0]) {
                return true;
            }
        }
        return false;
    }

    private void close(int[] b, List<Box> boxes) {
        int height = b[3] - b[2] + 1;
        int width = b[1] - b[0];
        double fill = b[5] / (double) (width * height);
        if (height >= minHeight && width >= minWidth && fill >= 0.75 && height < 40 * minHeight) {
            boxes.add(new Box(b[0], b[2], b[1], b[3] + 1, fill));
        }
    }
}
