package nl.gremium.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLinesTest {
    @Test
    void joinsWrappedCellLines() {
        assertEquals("crisisbeheersing", TextLines.join("crisis-", "beheersing"));
        assertEquals("Crisisbeheersing in de regio", TextLines.join("Crisis-", "beheersing in de regio"));
        assertEquals("BDuR-gelden", TextLines.join("BDuR-", "gelden"));
        assertEquals("Noord-Holland", TextLines.join("Noord-", "Holland"));
        assertEquals("loon- en prijsbijstelling", TextLines.join("loon-", "en prijsbijstelling"));
        assertEquals("niet-zelfredzaam", TextLines.join("niet-", "zelfredzaam"));
        assertEquals("09.00 - 12.30 uur", TextLines.join("09.00 -", "12.30 uur"));
        assertEquals("Verhouding in basis", TextLines.join("Verhouding in", "basis"));
    }
}
