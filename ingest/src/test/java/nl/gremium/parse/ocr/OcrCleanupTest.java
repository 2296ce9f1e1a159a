package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OcrCleanupTest {
    @Test
    void joinsThousandsGroupsSplitByASpace() {
        assertEquals("de bijdrage wordt € 7.707.128.", OcrCleanup.apply("de bijdrage wordt € 7. 707. 128."));
        assertEquals("€ 211.198.821, in plaats van", OcrCleanup.apply("€ 211. 198.821, in plaats van"));
    }

    @Test
    void leavesYearsAndSentencesAlone() {
        assertEquals("vastgesteld in 2025. 300 mensen", OcrCleanup.apply("vastgesteld in 2025. 300 mensen"));
        assertEquals("item 5. Rondvraag", OcrCleanup.apply("item 5. Rondvraag"));
    }

    @Test
    void writesMisreadBulletsBackAtLineStarts() {
        assertEquals("Aan de minister\n• Regel de verdeling van water.\n• Zorg voor reserves.",
                OcrCleanup.apply("Aan de minister\n_Regel de verdeling van water.\n« Zorg voor reserves."));
        assertEquals("• Oefen jaarlijks.", OcrCleanup.apply("e Oefen jaarlijks."));
        assertEquals("e-mail aan de raad", OcrCleanup.apply("e-mail aan de raad"), "a word is no bullet");
        assertEquals("_BDuR 2026", OcrCleanup.apply("_BDuR 2026"), "an abbreviation is no item start");
        assertEquals("zie *Noot", OcrCleanup.apply("zie *Noot"), "only at a line start");
    }
}
