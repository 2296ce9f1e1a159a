package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WooGroundTest {
    @Test
    void readsWooAndWobGroundsAsPrinted() {
        assertEquals(Optional.of("5.1.2e"), WooGround.of("5.1.2e"));
        assertEquals(Optional.of("5.1.2e"), WooGround.of("5.1.2 e"));
        assertEquals(Optional.of("5.1.2.e"), WooGround.of("(5.1.2.e)"));
        assertEquals(Optional.of("5.2"), WooGround.of("5.2"));
        assertEquals(Optional.of("10.2.e"), WooGround.of("10.2.e"));
        assertEquals(Optional.of("5.1.1c"), WooGround.of("5.1.1C"));
        assertEquals(Optional.of("5.1.1c"), WooGround.of("5.1.1ç"), "a speck read as an accent");
    }

    @Test
    void refusesOtherNumbersAndWords() {
        assertTrue(WooGround.of("2025").isEmpty());
        assertTrue(WooGround.of("5.1.9").isEmpty());
        assertTrue(WooGround.of("Woo").isEmpty());
        assertTrue(WooGround.of("€5.2").isEmpty());
    }
}
