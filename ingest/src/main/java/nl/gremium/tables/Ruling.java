package nl.gremium.tables;

/**
 * A straight ruling segment on a page, in page coordinates with y growing downward (the convention of
 * PDFBox's {@code TextPosition.getYDirAdj}), normalised so that x1 ≤ x2 and y1 ≤ y2.
 */
record Ruling(float x1, float y1, float x2, float y2) {
    static final float TOLERANCE = 2f;

    static Ruling of(float ax, float ay, float bx, float by) {
        return new Ruling(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }

    boolean horizontal() {
        return y2 - y1 <= TOLERANCE && x2 - x1 > TOLERANCE;
    }

    boolean vertical() {
        return x2 - x1 <= TOLERANCE && y2 - y1 > TOLERANCE;
    }

    float y() {
        return (y1 + y2) / 2;
    }

    float x() {
        return (x1 + x2) / 2;
    }

    /** True when the two segments touch or cross (within the tolerance). */
    boolean touches(Ruling o) {
        return x1 - TOLERANCE <= o.x2 && o.x1 - TOLERANCE <= x2 && y1 - TOLERANCE <= o.y2 && o.y1 - TOLERANCE <= y2;
    }

    /** For a horizontal ruling: does it run under the whole span [a, b] (give or take the tolerance)? */
    boolean coversX(float a, float b) {
        return x1 - TOLERANCE <= a && x2 + TOLERANCE >= b;
    }

    /** For a vertical ruling: does it run along the whole span [a, b]? */
    boolean coversY(float a, float b) {
        return y1 - TOLERANCE <= a && y2 + TOLERANCE >= b;
    }
}
