package nl.gremium.parse.ocr;

import java.util.List;

/**
 * One paragraph read from a page image: its lines joined by newlines, with a
 * {@link nl.gremium.model.Block#REDACTED} mark where a passage is blacked out.
 *
 * @param confidence mean word confidence, 0–1
 * @param grounds    the ground printed at each mark, in order ("" when none was readable)
 * @param rows       for a ruled table read cell by cell, its cell texts row by row (then {@code text} is the
 *                   cells joined by tabs and newlines); null for running text
 */
public record OcrParagraph(String text, double confidence, List<String> grounds, List<List<String>> rows) {
    public OcrParagraph {
        grounds = List.copyOf(grounds);
        rows = rows == null ? null : rows.stream().map(List::copyOf).toList();
    }

    public OcrParagraph(String text, double confidence, List<String> grounds) {
        this(text, confidence, grounds, null);
    }

    public boolean table() {
        return rows != null;
    }
}
