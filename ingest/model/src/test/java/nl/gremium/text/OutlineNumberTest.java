package nl.gremium.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutlineNumberTest {
    @Test
    void letteredSubItemsAreOneLevelDeeper() {
        assertArrayEquals(new int[] {4, 1}, OutlineNumber.parts("4a"));
        assertArrayEquals(new int[] {4, 2}, OutlineNumber.parts("4b"));
        assertArrayEquals(new int[] {5, 2, 3}, OutlineNumber.parts("5.2c"));
        assertArrayEquals(new int[] {12, 3}, OutlineNumber.parts("12.3"));
        assertEquals(1, OutlineNumber.depth("7"));
        assertEquals(2, OutlineNumber.depth("7d"));
    }

    @Test
    void ordinalsAndUnitsAreNoNumbers() {
        assertTrue(OutlineNumber.is("3a"));
        assertTrue(OutlineNumber.is("10.2"));
        assertFalse(OutlineNumber.is("2e"));
        assertFalse(OutlineNumber.is("5x"));
        assertFalse(OutlineNumber.is("123"));
    }
}
