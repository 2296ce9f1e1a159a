package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void aBulletBeforeASmallLetterIsABulletToo() {
        assertEquals("De rekenkamer beveelt aan om:\n• de regeling te herzien;\n• de raad te informeren.",
                OcrCleanup.apply("De rekenkamer beveelt aan om:\ne de regeling te herzien;\n« de raad te informeren."));
        assertEquals("• zorgt dat het dossier compleet is;", OcrCleanup.apply("e zorgt dat het dossier compleet is;"));
        assertEquals("• de medewerkers schoolt;\n• Neem het plan op;\n• legt het vast.",
                OcrCleanup.apply("e_de medewerkers schoolt;\n· Neem het plan op;\n_legt het vast."));
        assertEquals("het kenmerk _volgt", OcrCleanup.apply("het kenmerk _volgt"), "only at a line start");
    }

    @Test
    void itemNumbersMisreadAreWrittenBackWhereTheNeighbouringItemTells() {
        assertEquals(List.of("Besluit:", "1. In te stemmen met het plan;\n2. Het krediet te verlenen."),
                OcrCleanup.items(List.of("Besluit:", "L. In te stemmen met het plan;\n2. Het krediet te verlenen.")));
        assertEquals(List.of("1. Vraag het college om een plan.", "2. Bespreek het plan."),
                OcrCleanup.items(List.of("|L. Vraag het college om een plan.", "2. Bespreek het plan.")));
        assertEquals(List.of("L. Jansen (voorzitter)\nP. de Vries"),
                OcrCleanup.items(List.of("L. Jansen (voorzitter)\nP. de Vries")), "an initial: no second item");
        assertEquals(List.of("3. Vaststelling van de notulen", "Besluit: conform.", "4. Rondvraag"),
                OcrCleanup.items(List.of("3. Vaststelling van de notulen", "Besluit: conform.", "4, Rondvraag")));
        assertEquals(List.of("De raad aan:", "4. vraag het college om een overzicht;", "5. bespreek het."),
                OcrCleanup.items(List.of("De raad aan:", "4, vraag het college om een overzicht;", "5. bespreek het.")));
        assertEquals(List.of("zie de hoofdstukken 3 en\n4, waarin de kosten staan."),
                OcrCleanup.items(List.of("zie de hoofdstukken 3 en\n4, waarin de kosten staan.")), "prose");
    }

    @Test
    void romanNumbersReadAsStrokesAreNumberedInTheirOrder() {
        assertEquals(List.of("BESLUIT:", "I. de verordening vast te stellen;", "II. een krediet te verlenen;",
                        "III. het college op te dragen de raad te informeren."),
                OcrCleanup.items(List.of("BESLUIT:", "|. de verordening vast te stellen;", "IL. een krediet te verlenen;",
                        "II het college op te dragen de raad te informeren.")));
        assertEquals(List.of("Il. een losse regel"), OcrCleanup.items(List.of("Il. een losse regel")), "no run");
        assertEquals(List.of("L. de Vries\nI. Bakker\nL. Smit"), OcrCleanup.items(List.of("L. de Vries\nI. Bakker\nL. Smit")),
                "initials");
    }

    @Test
    void theEuroSignReadAsACBeforeAnAmountIsTheEuroSign() {
        assertEquals("een subsidie van maximaal € 48.500 voor het dak",
                OcrCleanup.apply("een subsidie van maximaal C 48.500 voor het dak"));
        assertEquals("bedraagt € 1.250,- per jaar en €12,50 per uur",
                OcrCleanup.apply("bedraagt C 1.250,- per jaar en C12,50 per uur"));
        assertEquals("bijlage C 12 en vitamine C, 2.500 keer; categorie C 1.2",
                OcrCleanup.apply("bijlage C 12 en vitamine C, 2.500 keer; categorie C 1.2"), "no amount after it");
    }

    @Test
    void aOneReadAsALetterInAColumnOfNumbersIsWrittenBack() {
        List<List<String>> rows = List.of(List.of("Nr.", "Aanbeveling"), List.of("L", "Stel doelen."),
                List.of("2", "Rapporteer."));
        assertEquals(List.of(List.of("Nr.", "Aanbeveling"), List.of("1", "Stel doelen."), List.of("2", "Rapporteer.")),
                OcrCleanup.tableNumbers(rows));
        List<List<String>> names = List.of(List.of("Naam", "Rol"), List.of("I", "lid"));
        assertEquals(names, OcrCleanup.tableNumbers(names), "no numbers in the column");
    }
}
