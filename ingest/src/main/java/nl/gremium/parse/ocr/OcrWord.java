package nl.gremium.parse.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * One word as Tesseract read it: text, confidence (0–100), box in image pixels, and the ids of the
 * block, paragraph and line it belongs to (together they say which words share a line).
 */
public record OcrWord(String text, double confidence, int left, int top, int width, int height,
                      int block, int paragraph, int line) {

    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }

    /** The same line of the same paragraph. */
    boolean sameLine(OcrWord o) {
        return block == o.block && paragraph == o.paragraph && line == o.line;
    }

    /** Tesseract's TSV: level 5 rows are words (level, page, block, par, line, word, left, top, width, height, conf, text). */
    static List<OcrWord> parseTsv(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String row : tsv.lines().toList()) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.add(new OcrWord(text, Double.parseDouble(f[10]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                        Integer.parseInt(f[8]), Integer.parseInt(f[9]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4])));
            } catch (NumberFormatException e) {
                // a malformed row: skip the word
            }
        }
        return words;
    }
}
