package nl.gremium.tables;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Collects the ruling lines of one page: stroked straight segments and rectangle edges, and filled
 * rectangles or polygons thin enough to be lines (some writers draw cell borders that way). Curves, images and
 * large filled areas (cell shading) are ignored. {@link PathOperators} hands us the page's path operators
 * with points already transformed by the current transformation matrix, while {@link LayoutReader} reads
 * the glyphs in the same pass; we flip them into the y-down page space text positions use.
 */
final class RulingCollector {
    private static final float THIN = 3f;

    private final PDRectangle crop;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>(); // segments x1,y1,x2,y2 of the current path
    private final List<float[]> rects = new ArrayList<>(); // rectangles x1,y1,x2,y2 of the current path
    private final List<float[]> outlines = new ArrayList<>(); // bounding boxes x1,y1,x2,y2 of the path's line subpaths
    private float[] outline; // the bounding box of the subpath being drawn with lines, or null
    private Point2D current = new Point2D.Float();
    private Point2D subpathStart = new Point2D.Float();

    RulingCollector(PDRectangle crop) {
        this.crop = crop;
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    private float fx(double x) {
        return (float) (x - crop.getLowerLeftX());
    }

    private float fy(double y) {
        return (float) (crop.getUpperRightY() - y);
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rects.add(new float[] {minX, minY, maxX, maxY});
        current = p0;
        subpathStart = p0;
        outline = null;
    }

    void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
        outline = null;
    }

    void lineTo(float x, float y) {
        float cx = (float) current.getX();
        float cy = (float) current.getY();
        path.add(new float[] {cx, cy, x, y});
        if (outline == null) {
            outline = new float[] {cx, cy, cx, cy};
            outlines.add(outline);
        }
        outline[0] = Math.min(outline[0], x);
        outline[1] = Math.min(outline[1], y);
        outline[2] = Math.max(outline[2], x);
        outline[3] = Math.max(outline[3], y);
        current = new Point2D.Float(x, y);
    }

    /** A curve is never a ruling; only where it ends matters (the next segment starts there). */
    void curveTo(float x3, float y3) {
        current = new Point2D.Float(x3, y3);
        if (outline != null) {
            outlines.remove(outline);
        }
        outline = new float[] {x3, y3, x3, y3}; // a curved subpath is no line, whatever else it draws
    }

    void closePath() {
        lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
    }

    void endPath() {
        clear();
    }

    void strokePath() {
        for (float[] s : path) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rects) {
            addSegment(r[0], r[1], r[2], r[1]);
            addSegment(r[0], r[3], r[2], r[3]);
            addSegment(r[0], r[1], r[0], r[3]);
            addSegment(r[2], r[1], r[2], r[3]);
        }
        clear();
    }

    void fillPath() {
        // a border drawn as a thin filled shape: a rectangle, or a polygon of lines (Chromium draws cell sides so)
        rects.addAll(outlines);
        for (float[] r : rects) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w > h) {
                addSegment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w <= THIN && h > w) {
                addSegment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        clear();
    }

    void fillAndStrokePath() {
        strokePath();
    }

    private void addSegment(float x1, float y1, float x2, float y2) {
        Ruling r = Ruling.of(fx(x1), fy(y1), fx(x2), fy(y2));
        if (r.horizontal() || r.vertical()) {
            rulings.add(r);
        }
    }

    private void clear() {
        path.clear();
        rects.clear();
        outlines.clear();
        outline = null;
    }
}
