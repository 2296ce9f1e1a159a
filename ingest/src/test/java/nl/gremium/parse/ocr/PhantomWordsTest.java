package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhantomWordsTest {
    @Test
    void aWordReadAgainOverAWordReadWellIsDropped() {
        OcrWord real = new OcrWord("Begroting", 96, 220, 557, 250, 43, 4, 1, 2);
        OcrWord year = new OcrWord("2026", 95, 490, 558, 96, 33, 4, 1, 2);
        OcrWord phantom = new OcrWord("dnatoe", 0, 320, 558, 90, 11, 4, 1, 1);
        OcrWord speck = new OcrWord("NE", 60, 560, 560, 20, 6, 4, 1, 1);
        assertEquals(List.of(real, year), PhantomWords.drop(List.of(phantom, real, year, speck)));
    }

    @Test
    void neighboursThatTouchStay() {
        OcrWord a = new OcrWord("het", 90, 100, 500, 60, 35, 1, 1, 1);
        OcrWord b = new OcrWord("jaarverslag", 95, 150, 500, 220, 44, 1, 1, 1);
        OcrWord below = new OcrWord("gegeven", 93, 100, 538, 150, 40, 1, 1, 2);
        assertEquals(List.of(a, b, below), PhantomWords.drop(List.of(a, b, below)));
    }
}
