package nl.gremium.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Ruled tables on a scanned page: the ruling lines found in the image and the words OCR read, in page
 * points (y down), go through the same grid analysis as a PDF's vector rulings and glyphs
 * ({@link RuledTableFinder}); each word is one glyph, so a cell's words keep their order on its lines.
 */
public final class ScannedTables {
    /** A word's box. */
    public record Word(String text, float left, float top, float right, float bottom) {}

    /** A ruling segment, horizontal ({@code y1 == y2}) or vertical ({@code x1 == x2}). */
    public record Line(float x1, float y1, float x2, float y2) {}

    /** A table found: its box and cell texts row by row. */
    public record Found(float left, float top, float right, float bottom, List<List<String>> rows) {
        public Found {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** Whether a word's centre lies inside the table. */
        public boolean contains(Word w) {
            float cx = (w.left() + w.right()) / 2;
            float cy = (w.top() + w.bottom()) / 2;
            return cx >= left && cx <= right && cy >= top && cy <= bottom;
        }
    }

    private ScannedTables() {}

    public static List<Found> find(int page, float width, float height, List<Line> lines, List<Word> words) {
        List<Ruling> rulings = lines.stream().map(l -> Ruling.of(l.x1(), l.y1(), l.x2(), l.y2())).toList();
        List<Glyph> glyphs = new ArrayList<>();
        for (Word w : words) {
            glyphs.add(new Glyph(w.text(), w.left(), w.top(), w.right(), w.bottom(), w.bottom() - w.top(), false));
        }
        return RuledTableFinder.find(new PageLayout(page, width, height, rulings, glyphs, true)).stream()
                .map(t -> new Found(t.x0(), t.top(), t.x1(), t.bottom(), t.rows()))
                .toList();
    }
}
