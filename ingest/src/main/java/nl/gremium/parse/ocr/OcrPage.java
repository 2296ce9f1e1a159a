package nl.gremium.parse.ocr;

import java.util.List;

/**
 * What OCR read on one page.
 *
 * @param words      every word read (redaction marks and their ground labels excluded), for confidences
 * @param rotation   the clockwise turn applied before reading (0, 90, 180, 270)
 */
public record OcrPage(int page, List<OcrParagraph> paragraphs, List<OcrWord> words, int rotation) {
    public OcrPage {
        paragraphs = List.copyOf(paragraphs);
        words = List.copyOf(words);
    }

    /** Mean word confidence on the page, 0–1 (0 when nothing was read). */
    public double confidence() {
        return Math.round(words.stream().mapToDouble(OcrWord::confidence).average().orElse(0)) / 100.0;
    }

    public int redactions() {
        return paragraphs.stream().mapToInt(p -> p.grounds().size()).sum();
    }
}
