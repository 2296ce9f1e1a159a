package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyNamesTest {
    @Test
    void findsNationalAndLocalPartiesWithoutOverlap() {
        assertEquals(List.of("Partij voor de Dieren", "D66"), PartyNames.in("Jan van Dam Partij voor de Dieren D66"));
        assertEquals(List.of("ChristenUnie/SGP", "Leefbaar Vechtland"), PartyNames.in("ChristenUnie/SGP Leefbaar Vechtland"));
        assertEquals(List.of(), PartyNames.in("De raad van de gemeente Vechtland"));
    }
}
