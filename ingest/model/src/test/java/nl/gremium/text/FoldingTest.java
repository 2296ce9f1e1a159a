package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void diacriticsAndCaseFoldAway() {
        assertEquals("continuiteit", Folding.fold("Continuïteit"));
        assertEquals("een financiele bijdrage", Folding.fold("Eén financiële bijdrage"));
        assertEquals("", Folding.fold(null));
    }

    @Test
    void aSlugKeepsLettersAndDigitsJoinedByOneDash() {
        assertEquals("algemeen-bestuur", Folding.slug(" Algemeen   bestuur! "));
        assertEquals("continuiteit-2025", Folding.slug("Continuïteit (2025)"));
        assertEquals("", Folding.slug(null));
    }
}
