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
    /** Paper around a box: lighter than this, on at least {@link #ON_PAPER} of its margin. */
    private static final int LIGHT = 160;
    static final double ON_PAPER = 0.6;

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
            List<int[]> runs = runs(dark);
            List<int[]> still = new ArrayList<>();
            for (int[] b : open) {
                int count = 0;
                for (int x = b[0]; x < b[1]; x++) {
                    count += dark[x] ? 1 : 0;
                }
                if (count >= 0.4 * (b[1] - b[0])) {
                    // a skewed box starts with part of its width: widen it to the long runs it touches
                    for (int[] run : runs) {
                        if (run[1] - run[0] >= minWidth && run[0] < b[1] && run[1] > b[0]) {
                            b[0] = Math.min(b[0], run[0]);
                            b[1] = Math.max(b[1], run[1]);
                        }
                    }
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
            open = merged(still);
            for (int[] run : runs) {
                if (run[1] - run[0] >= minWidth && !covered(open, run[0], run[1])) {
                    open.add(new int[] {run[0], run[1], y, y, 0, run[1] - run[0]});
                }
            }
        }
        open.forEach(b -> close(b, boxes));
        return boxes.stream().filter(b -> onPaper(gray, b, boxes)).toList();
    }

    /**
     * Whether the box lies on paper: most of a margin around it (other boxes left out, as stacked redactions touch)
     * is light. A photograph's dark patches pass for boxes, with mid-grey all round: on the archive's cover photos
     * their margins were 0–56% light, and each such "box" was a redaction mark in the text and a label read. The
     * boxes of our scanned samples have margins 96–98% light.
     */
    private boolean onPaper(BufferedImage gray, Box b, List<Box> all) {
        int pad = Math.min(Math.max(4, b.height() / 2), 2 * minHeight);
        int left = Math.max(0, b.left() - pad);
        int right = Math.min(gray.getWidth(), b.right() + pad);
        int top = Math.max(0, b.top() - pad);
        int bottom = Math.min(gray.getHeight(), b.bottom() + pad);
        List<Box> near = all.stream()
                .filter(o -> o.left() < right && o.right() > left && o.top() < bottom && o.bottom() > top).toList();
        Raster r = gray.getRaster();
        int[] row = new int[right - left];
        long margin = 0;
        long light = 0;
        for (int y = top; y < bottom; y += 2) {
            r.getSamples(left, y, right - left, 1, 0, row);
            for (int x = left; x < right; x += 2) {
                if (!inside(near, x, y)) {
                    margin++;
                    light += row[x - left] >= LIGHT ? 1 : 0;
                }
            }
        }
        return margin == 0 || light >= ON_PAPER * margin;
    }

    private static boolean inside(List<Box> boxes, int x, int y) {
        for (Box o : boxes) {
            if (x >= o.left() && x < o.right() && y >= o.top() && y < o.bottom()) {
                return true;
            }
        }
        return false;
    }

    /** Dark runs of one row, gaps of up to three light pixels (specks) bridged: {start, end}. */
    private static List<int[]> runs(boolean[] dark) {
        List<int[]> runs = new ArrayList<>();
        for (int x = 0; x < dark.length; ) {
            if (!dark[x]) {
                x++;
                continue;
            }
            int start = x;
            int gap = 0;
            int end = x;
            while (x < dark.length && gap <= 3) {
                if (dark[x]) {
                    end = x + 1;
                    gap = 0;
                } else {
                    gap++;
                }
                x++;
            }
            runs.add(new int[] {start, end});
        }
        return runs;
    }

    /** Two boxes that grew into each other are one. */
    private static List<int[]> merged(List<int[]> open) {
        List<int[]> out = new ArrayList<>();
        for (int[] b : open) {
            int[] into = null;
            for (int[] o : out) {
                if (b[0] < o[1] && b[1] > o[0]) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                out.add(b);
            } else {
                into[0] = Math.min(into[0], b[0]);
                into[1] = Math.max(into[1], b[1]);
                into[2] = Math.min(into[2], b[2]);
                into[3] = Math.max(into[3], b[3]);
                into[4] = Math.min(into[4], b[4]);
                into[5] += b[5];
            }
        }
        return out;
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
