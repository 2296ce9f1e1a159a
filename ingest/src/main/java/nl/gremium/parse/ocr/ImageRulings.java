package nl.gremium.parse.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines printed on a (level) page image: runs of ink at least a fifth of an inch long and no
 * thicker than a thick pen, followed across a few pixels of gap (scanner noise, JPEG) and merged with the
 * runs of the neighbouring rows (a line is several pixels thick, and a trace of skew steps it). Only lines that
 * meet a line across them count (a grid): a run of bold letters or an underline never does. Redaction boxes are
 * painted out before this runs.
 */
final class ImageRulings {
    private static final int DARK = 150;

    /** A line segment in image pixels; horizontal when {@code y1 == y2}, vertical when {@code x1 == x2}. */
    record Segment(int x1, int y1, int x2, int y2) {
        boolean horizontal() {
            return y1 == y2;
        }
    }

    private ImageRulings() {}

    static List<Segment> find(BufferedImage gray, int dpi) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean[][] ink = new boolean[h][w];
        Raster r = gray.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                ink[y][x] = row[x] < DARK;
            }
        }
        int minLength = dpi / 5;
        int maxThick = Math.max(3, dpi / 30);
        int gap = Math.max(2, dpi / 100);
        List<Segment> out = new ArrayList<>();
        for (int[] s : merge(runs(ink, w, h, true, minLength, gap), maxThick, gap)) {
            out.add(new Segment(s[1], s[0], s[2], s[0]));
        }
        for (int[] s : merge(runs(ink, w, h, false, minLength, gap), maxThick, gap)) {
            out.add(new Segment(s[0], s[1], s[0], s[2]));
        }
        // only lines that meet a line across them: a table's ruling, not a run of bold letters or an underline
        int reach = maxThick + gap;
        return out.stream().filter(a -> out.stream().anyMatch(b -> b.horizontal() != a.horizontal() && meet(a, b, reach)))
                .toList();
    }

    private static boolean meet(Segment a, Segment b, int reach) {
        return a.x1() - reach <= b.x2() && b.x1() - reach <= a.x2() && a.y1() - reach <= b.y2() && b.y1() - reach <= a.y2();
    }

    /** Long runs {line, from, to} along rows ({@code alongRows}) or along columns. */
    private static List<int[]> runs(boolean[][] ink, int w, int h, boolean alongRows, int minLength, int gap) {
        List<int[]> out = new ArrayList<>();
        int lines = alongRows ? h : w;
        int length = alongRows ? w : h;
        for (int l = 0; l < lines; l++) {
            int start = -1;
            int last = -1;
            for (int i = 0; i <= length; i++) {
                boolean dark = i < length && (alongRows ? ink[l][i] : ink[i][l]);
                if (dark) {
                    if (start < 0 || i - last > gap + 1) {
                        if (start >= 0 && last - start + 1 >= minLength) {
                            out.add(new int[] {l, start, last});
                        }
                        start = i;
                    }
                    last = i;
                }
            }
            if (start >= 0 && last - start + 1 >= minLength) {
                out.add(new int[] {l, start, last});
            }
        }
        return out;
    }

    /**
     * Runs on neighbouring lines that overlap or nearly meet become one segment {middle line, from, to}; a
     * group thicker than {@code maxThick} is a filled shape, not a rule.
     */
    private static List<int[]> merge(List<int[]> runs, int maxThick, int gap) {
        List<int[]> groups = new ArrayList<>();   // {firstLine, lastLine, from, to, lineSum, count}
        List<int[]> open = new ArrayList<>();
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            int[] into = null;
            for (int[] g : List.copyOf(open)) {
                if (run[0] - g[1] <= 2 && run[1] <= g[3] + gap * 4 && run[2] >= g[2] - gap * 4) {
                    if (into == null) {
                        into = g;
                    } else {
                        // the run bridges two pieces of one rule (its top edge broken by noise): one group
                        into[0] = Math.min(into[0], g[0]);
                        into[2] = Math.min(into[2], g[2]);
                        into[3] = Math.max(into[3], g[3]);
                        into[4] += g[4];
                        into[5] += g[5];
                        open.remove(g);
                        groups.remove(g);
                    }
                }
            }
            if (into == null) {
                into = new int[] {run[0], run[0], run[1], run[2], 0, 0};
                open.add(into);
                groups.add(into);
            }
            into[1] = run[0];
            into[2] = Math.min(into[2], run[1]);
            into[3] = Math.max(into[3], run[2]);
            into[4] += run[0];
            into[5]++;
            open.removeIf(g -> run[0] - g[1] > 2);
        }
        for (int[] g : groups) {
            if (g[1] - g[0] + 1 <= maxThick) {
                out.add(new int[] {Math.round(g[4] / (float) g[5]), g[2], g[3]});
            }
        }
        return out;
    }
}
