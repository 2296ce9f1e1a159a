package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DutchDatesTest {

    @Test
    void parsesTheCommonWrittenForms() {
        LocalDate d = LocalDate.of(2025, 7, 9);
        assertEquals(Optional.of(d), DutchDates.parse("9 juli 2025"));
        assertEquals(Optional.of(d), DutchDates.parse("09-07-2025"));
        assertEquals(Optional.of(d), DutchDates.parse("9/7/2025"));
        assertEquals(Optional.of(d), DutchDates.parse("2025-07-09"));
        assertEquals(Optional.of(d), DutchDates.parse("woensdag 9 juli 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 4)), DutchDates.parse("Dinsdag 4 Sept. 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 1)), DutchDates.parse("1 okt 2025."));
    }

    @Test
    void monthOnlyDatesHaveMonthPrecision() {
        List<DutchDates.Found> found = DutchDates.findAll("uiterlijk sept. 2025 gereed");
        assertEquals(1, found.size());
        assertEquals(LocalDate.of(2025, 9, 1), found.get(0).date());
        assertEquals(DutchDates.Precision.MONTH, found.get(0).precision());
        assertEquals("sept. 2025", found.get(0).raw());
    }

    @Test
    void findsSeveralDatesInOrderWithOffsets() {
        String text = "data overleg 3 februari 2026 - 17 februari 2026 - 9 maart 2026";
        List<DutchDates.Found> found = DutchDates.findAll(text);
        assertEquals(List.of(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 9)),
                found.stream().map(DutchDates.Found::date).toList());
        assertEquals("3 februari 2026", text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void yearlessDatesNeedADefaultYear() {
        assertTrue(DutchDates.findAll("3 september - 24 september").isEmpty());
        assertEquals(LocalDate.of(2025, 9, 24), DutchDates.findAll("3 september - 24 september", 2025).get(1).date());
    }

    @Test
    void rejectsNumbersAndImpossibleDates() {
        assertTrue(DutchDates.findAll("een bedrag van 1.234.567 euro en 12.5.2025.3").isEmpty());
        assertTrue(DutchDates.findAll("31 juni 2025").isEmpty());
        assertTrue(DutchDates.findAll("artikel 12 van de wet, 2025").isEmpty());
        assertEquals(Optional.empty(), DutchDates.parse("vergadering van 9 juli 2025"));
        assertEquals(LocalDate.of(2025, 7, 9), DutchDates.first("vergadering van 9 juli 2025").orElseThrow());
    }

    @Test
    void monthOnlyDatesAreFoundWhereverTheirYearIs() {
        // found from the year backwards: across a long run of whitespace, after a day date, next to another year
        String text = "Planning: oktober\n\n\t   2026, vóór 3 mei 2026 en in mei 2027 2028; november 2026Q1 niet, dec.2026 niet;"
                + " Stand per 1e juni 2025, aug 2025";
        List<DutchDates.Found> found = DutchDates.findAll(text);
        assertEquals(List.of("oktober\n\n\t   2026", "3 mei 2026", "mei 2027", "1e juni 2025", "aug 2025"),
                found.stream().map(DutchDates.Found::raw).toList());
        assertEquals(List.of(DutchDates.Precision.MONTH, DutchDates.Precision.DAY, DutchDates.Precision.MONTH,
                DutchDates.Precision.DAY, DutchDates.Precision.MONTH), found.stream().map(DutchDates.Found::precision).toList());
    }
}
