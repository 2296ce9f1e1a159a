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
}
