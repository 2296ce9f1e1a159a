package nl.gremium.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DateStampTest {
    @Test
    void stampsAsAScanReadsThemBecomeDates() {
        assertEquals("29 APR 2022", DateStamp.normalise("2 9 APR 2022"));
        assertEquals("25 APR 2022", DateStamp.normalise("2.5 APR 2022"));
        assertEquals("27 JUL 2022", DateStamp.normalise("27JUL 2022"));
        assertEquals("03 FEB 2022", DateStamp.normalise("0 3 FEB, 2022"));
        assertEquals("19 AUG 2022", DateStamp.normalise("19• AUG 2022"));
        assertEquals("29 SEP 2022", DateStamp.normalise("2 9 SEP-. 2022"));
        assertEquals("5-9-2022", DateStamp.normalise("5 9 2022"));
        assertEquals("Bijlagen 2 3 2022", DateStamp.normalise("Bijlagen 2 3 2022"), "only a value that is nothing but the date");
        assertEquals("12 maart 2026", DateStamp.normalise("12 maart 2026"), "a written date stays as it is");
        assertEquals("artikel 5.1 lid 2", DateStamp.normalise("artikel 5.1 lid 2"));
    }
}
