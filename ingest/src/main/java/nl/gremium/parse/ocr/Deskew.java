package nl.gremium.parse.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * Straightens a page fed slightly askew. The angle is where the ink's row profile is sharpest: text lines and
 * table rules fall into few rows when the page is level (projection profile over -3…3°, coarse on a thinned set
 * of ink pixels, then fine around the best). Ruling lines are found row by row and columns are told by x, so
 * both need a level page; Tesseract reads a level page a little better too.
 */
final class Deskew {
    private static final int DARK = 140;
    private static final double MAX_DEGREES = 3;
    /** Smaller turns change no row by more than a pixel or two across the page: not worth a resampling. */
    private static final double MIN_DEGREES = 0.05;
    /**
     * Ink points enough for a sharp profile. Pages of print have far fewer (our scanned samples and the archive's
     * scanned pages: under 200,000), so their angle is unchanged; a photograph has over a million, each scored at
     * 52 angles (a third of a second a page).
     */
    private static final int MAX_POINTS = 250_000;

    private Deskew() {}

    /** The page turned level, or the page itself when it is level already. */
    static BufferedImage level(BufferedImage gray) {
        return level(gray, angle(gray));
    }

    /** The page turned level by its measured {@code angle}. */
    static BufferedImage level(BufferedImage gray, double angle) {
        return Math.abs(angle) < MIN_DEGREES ? gray : rotate(gray, angle);
    }

    /** A box of the askew page where it lands on the page levelled by {@code angle} (its centre moved). */
    static RedactionFinder.Box moved(RedactionFinder.Box b, double angle, BufferedImage page) {
        if (Math.abs(angle) < MIN_DEGREES) {
            return b;
        }
        double a = Math.toRadians(-angle);
        double cx = page.getWidth() / 2.0;
        double cy = page.getHeight() / 2.0;
        double dx = (b.left() + b.right()) / 2.0 - cx;
        double dy = (b.top() + b.bottom()) / 2.0 - cy;
        int sx = (int) Math.round(cx + dx * Math.cos(a) - dy * Math.sin(a) - (b.left() + b.right()) / 2.0);
        int sy = (int) Math.round(cy + dx * Math.sin(a) + dy * Math.cos(a) - (b.top() + b.bottom()) / 2.0);
        return new RedactionFinder.Box(b.left() + sx, b.top() + sy, b.right() + sx, b.bottom() + sy, b.fill());
    }

    /** The skew in degrees, positive when lines run down to the right (the page is turned clockwise). */
    static double angle(BufferedImage gray) {
        int step = Math.max(1, gray.getWidth() / 1200);
        int[][] ink = ink(gray, step);
        int rows = gray.getHeight() / step + 1;
        double best = 0;
        double bestScore = score(ink, rows, step, 0);
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.2) {
            double s = score(ink, rows, step, a);
            if (s > bestScore) {
                best = a;
                bestScore = s;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.2; a <= coarse + 0.2 + 1e-9; a += 0.02) {
            double s = score(ink, rows, step, a);
            if (s > bestScore) {
                best = a;
                bestScore = s;
            }
        }
        return best;
    }

    /** Coordinates {x, y} of ink pixels, every {@code step}-th column and row, at most about {@link #MAX_POINTS}. */
    private static int[][] ink(BufferedImage gray, int step) {
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] row = new int[w];
        int n = 0;
        int[] xs = new int[1024];
        int[] ys = new int[1024];
        for (int y = 0; y < h; y += step) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x += step) {
                if (row[x] < DARK) {
                    if (n == xs.length) {
                        xs = Arrays.copyOf(xs, n * 2);
                        ys = Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        // every k-th point of a page with more: the same angle search at a fraction of the cost
        int k = (n + MAX_POINTS - 1) / MAX_POINTS;
        if (k > 1) {
            int kept = 0;
            for (int i = 0; i < n; i += k) {
                xs[kept] = xs[i];
                ys[kept] = ys[i];
                kept++;
            }
            n = kept;
        }
        return new int[][] {Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)};
    }

    /**
     * Sum of squared differences between neighbouring rows of the profile sheared by {@code degrees}, in rows
     * of {@code step} pixels (the ink was sampled on every step-th row: finer bins would alternate full and empty).
     */
    private static double score(int[][] ink, int rows, int step, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * rows * 2) + 1;
        int[] bins = new int[rows + 2 * margin];
        int[] xs = ink[0];
        int[] ys = ink[1];
        for (int i = 0; i < xs.length; i++) {
            int b = (int) Math.round((ys[i] - xs[i] * t) / step) + margin;
            if (b >= 0 && b < bins.length) {
                bins[b]++;
            }
        }
        double s = 0;
        for (int i = 1; i < bins.length; i++) {
            double d = bins[i] - bins[i - 1];
            s += d * d;
        }
        return s;
    }

    /** Turns the page by {@code -degrees} about its centre (bilinear), white where nothing was. */
    static BufferedImage rotate(BufferedImage gray, double degrees) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = w / 2.0;
        double cy = h / 2.0;
        Raster src = gray.getRaster();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster dst = out.getRaster();
        int[] line = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // the source point that lands on (x, y) when the page is turned back by the skew
                double dx = x - cx;
                double dy = y - cy;
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    line[x] = 255;
                    continue;
                }
                double fx = sx - x0;
                double fy = sy - y0;
                double top = src.getSample(x0, y0, 0) * (1 - fx) + src.getSample(x0 + 1, y0, 0) * fx;
                double bottom = src.getSample(x0, y0 + 1, 0) * (1 - fx) + src.getSample(x0 + 1, y0 + 1, 0) * fx;
                line[x] = (int) Math.round(top * (1 - fy) + bottom * fy);
            }
            dst.setSamples(0, y, w, 1, 0, line);
        }
        return out;
    }
}
