package nl.gremium.parse.ocr;

import java.util.List;

/**
 * Words Tesseract reads a second time, on top of words it read well: in a table whose cells hold lines at different
 * heights it reads bits of letters again as words of their own, a few pixels high or spanning two lines ("Jaarrekening"
 * and over it "dantoo", confidence 0; "NER", 4), which the table's cells then glue to the real words
 * ("Jaarrekeningdantoo"). Two words cannot be printed in one place: a word mostly covered by words read with more
 * confidence is dropped.
 */
final class PhantomWords {
    /** Share of a word's box that more confident words cover before it counts as read twice. */
    static final double COVERED = 0.4;

    private PhantomWords() {}

    static List<OcrWord> drop(List<OcrWord> words) {
        return words.stream().filter(w -> coverage(w, words) < COVERED).toList();
    }

    private static double coverage(OcrWord w, List<OcrWord> words) {
        double area = Math.max(1, (double) w.width() * w.height());
        double covered = 0;
        for (OcrWord o : words) {
            if (o != w && o.confidence() > w.confidence()) {
                long dx = Math.min(w.right(), o.right()) - Math.max(w.left(), o.left());
                long dy = Math.min(w.bottom(), o.bottom()) - Math.max(w.top(), o.top());
                if (dx > 0 && dy > 0) {
                    covered += dx * dy;
                }
            }
        }
        return covered / area;
    }
}
