package nl.gremium.parse.ocr;

import java.util.List;

/**
 * One paragraph read from a page image: its lines joined by newlines, with a
 * {@link nl.gremium.model.Block#REDACTED} mark where a passage is blacked out.
 *
 * @param confidence mean word confidence, 0–1
 * @param grounds    the ground printed at each mark, in order ("" when none was readable)
 */
public record OcrParagraph(String text, double confidence, List<String> grounds) {
    public OcrParagraph {
        grounds = List.copyOf(grounds);
    }
}
