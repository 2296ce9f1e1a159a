package nl.gremium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineRepairTest {

    @Test
    void aPageCountRunIntoTheFooterTextBesideItGoesOnALineOfItsOwn() {
        assertEquals("Pagina 2 van 3\nProvincie Zeewolde", LineRepair.unglued("Pagina 2 van 3Provincie Zeewolde"));
        assertEquals("4\nVertrouwelijk", LineRepair.unglued("4Vertrouwelijk"));
        // a number with a space, a code or a unit is left alone
        assertEquals("2 Aanbevelingen", LineRepair.unglued("2 Aanbevelingen"));
        assertEquals("3D-print", LineRepair.unglued("3D-print"));
        assertEquals("12MW windpark", LineRepair.unglued("12MW windpark"));
        // a printed count says it is one, also before a code in capitals; a bare number there may be part of the code
        assertEquals("pagina 1 van 3\nVRZ/AB/2031-041", LineRepair.unglued("pagina 1 van 3VRZ/AB/2031-041"));
        assertEquals("3VRZ/AB/2031-041", LineRepair.unglued("3VRZ/AB/2031-041"));
    }

    @Test
    void aLetterSpacedWordIsPutTogether() {
        assertEquals("Berkhout & Zn ACCOUNTANTS · ADVISEURS", LineRepair.unspaced("Berkhout & Zn A C C O U N TA N T S · A D V I S E U R S"));
        // initials, short codes and ordinary capitals stay
        assertEquals("J. A. de Vries", LineRepair.unspaced("J. A. de Vries"));
        assertEquals("GGD en RUD in de regio", LineRepair.unspaced("GGD en RUD in de regio"));
        assertEquals("A B C", LineRepair.unspaced("A B C"));
    }
}
