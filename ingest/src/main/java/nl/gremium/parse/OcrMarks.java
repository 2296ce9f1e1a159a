package nl.gremium.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gremium.model.Block;
import nl.gremium.parse.ocr.OcrPage;
import nl.gremium.parse.ocr.OcrParagraph;
import nl.gremium.parse.ocr.OcrWord;

/**
 * Marks the blocks built from OCR'd pages: each gets the mean confidence of the words it is made of (found
 * by walking the page's words in reading order) and the grounds of its redaction marks, in order.
 */
final class OcrMarks {
    /** How far ahead to look for a block's word: the builder may set page furniture after a paragraph. */
    private static final int WINDOW = 40;

    private OcrMarks() {}

    static List<Block> apply(List<Block> blocks, Map<Integer, OcrPage> pages) {
        List<Block> out = new ArrayList<>(blocks.size());
        Map<Integer, Cursor> cursors = new HashMap<>();
        for (Block b : blocks) {
            OcrPage page = pages.get(b.page());
            if (page == null) {
                out.add(b);
                continue;
            }
            Cursor c = cursors.computeIfAbsent(b.page(), k -> new Cursor(page));
            out.add(b.withOcr(c.confidence(b.text()), c.grounds(b.text())));
        }
        return out;
    }

    /** Where the marking stands on one page. */
    private static final class Cursor {
        final List<OcrWord> words;
        final Iterator<String> grounds;
        final double pageConfidence;
        int at;

        Cursor(OcrPage page) {
            this.words = page.words();
            this.grounds = page.paragraphs().stream().map(OcrParagraph::grounds).flatMap(List::stream).iterator();
            this.pageConfidence = page.confidence();
        }

        double confidence(String text) {
            double sum = 0;
            int n = 0;
            for (String token : text.split("\\s+")) {
                String t = token.toLowerCase(Locale.ROOT);
                for (int i = at; i < Math.min(words.size(), at + WINDOW); i++) {
                    if (words.get(i).text().toLowerCase(Locale.ROOT).equals(t)) {
                        sum += words.get(i).confidence();
                        n++;
                        at = i + 1;
                        break;
                    }
                }
            }
            return n == 0 ? pageConfidence : Math.round(sum / n) / 100.0;
        }

        List<String> grounds(String text) {
            List<String> out = new ArrayList<>();
            for (int i = text.indexOf(Block.REDACTED); i >= 0; i = text.indexOf(Block.REDACTED, i + 1)) {
                out.add(grounds.hasNext() ? grounds.next() : "");
            }
            return out;
        }
    }
}
