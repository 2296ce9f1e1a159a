package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineShapeTest {
    /** Words of one line set in {@code em} pixels, their boxes as their letters make them, from {@code left}. */
    static List<OcrWord> line(String text, int baseline, int em, int left) {
        List<OcrWord> words = new ArrayList<>();
        int x = left;
        for (String w : text.split(" ")) {
            double f = LineShape.heightInEm(w) > 0 ? LineShape.heightInEm(w) : 0.72;
            boolean descends = w.chars().anyMatch(c -> "gjpqy".indexOf(c) >= 0);
            int bottom = baseline + (descends ? (int) Math.round(0.21 * em) : 0);
            int height = (int) Math.round(f * em);
            int width = w.length() * em / 2;
            words.add(new OcrWord(w, 95, x, bottom - height, width, height, 1, 1, 1));
            x += width + em / 3;
        }
        return words;
    }

    @Test
    void wordsTellTheirHeightInEmsByTheirLetters() {
        assertEquals(0.5, LineShape.heightInEm("een"), 1e-9);
        assertEquals(0.72, LineShape.heightInEm("Besluit:"), 1e-9);
        assertEquals(0.71, LineShape.heightInEm("gegeven"), 1e-9);
        assertEquals(0.93, LineShape.heightInEm("jeugdhulp"), 1e-9);
        assertEquals(0.93, LineShape.heightInEm("vrouwengevangenissen."), 1e-9, "the dot of an i rises");
        assertEquals(0, LineShape.heightInEm("GS"), "too short to tell");
        assertEquals(0, LineShape.heightInEm("€ 1.200.000"), "not letters and digits");
    }

    @Test
    void aLinesSizeIsSteadyWhateverItsLetters() {
        LineShape a = LineShape.of(line("Het dagelijks bestuur stemt in met het voorstel", 500, 46, 100));
        LineShape b = LineShape.of(line("over de nieuwe kazerne en een krediet", 560, 46, 100));
        assertEquals(46, a.em(), 1.5);
        assertEquals(46, b.em(), 1.5);
        assertEquals(500, a.baseline(), 1);
        assertEquals(560, b.baseline(), 1);
    }

    @Test
    void aLineStandsApartAfterWiderSpaceOrInAnotherSize() {
        double usual = 1.25;
        LineShape field = LineShape.of(line("Portefeuillehouder: wethouder Bakker", 500, 46, 100));
        LineShape next = LineShape.of(line("Besluit college: akkoord met het voorstel", 557, 46, 100));
        LineShape afterGap = LineShape.of(line("Besluit college: akkoord met het voorstel", 600, 46, 100));
        LineShape title = LineShape.of(line("Besluitenlijst van het college", 400, 74, 100));
        assertFalse(field.apartFrom(next, usual), "the next line at the usual spacing");
        assertTrue(field.apartFrom(afterGap, usual), "2.2 ems down: a paragraph of its own");
        assertTrue(title.apartFrom(field, usual), "a title printed larger than the field under it");
        assertFalse(field.apartFrom(afterGap, 2.0), "a page spaced at two ems throughout keeps its lines together");
    }

    @Test
    void theUsualSpacingIsTheCloseSpacingOfRealParagraphs() {
        LineShape a = LineShape.of(line("eerste regel van de tekst", 500, 46, 100));
        LineShape b = LineShape.of(line("tweede regel van de tekst", 557, 46, 100));
        LineShape c = LineShape.of(line("derde regel van de tekst", 614, 46, 100));
        LineShape far = LineShape.of(line("een veld onder de tekst", 715, 46, 100));
        LineShape farther = LineShape.of(line("nog een veld verderop", 816, 46, 100));
        LineShape farthest = LineShape.of(line("en het laatste veld", 917, 46, 100));
        // most spacings inside Tesseract's paragraphs here are paragraph gaps run together (2.2 ems); the lines of the
        // real paragraph (1.24 ems) tell the usual spacing
        assertEquals(57 / 46.0, LineShape.usualSpacing(List.of(List.of(a, b, c, far, farther, farthest))), 0.03);
        assertTrue(Double.isNaN(LineShape.usualSpacing(List.of(List.of(a, b)))), "one spacing tells nothing");
    }

    @Test
    void aWrappedLineRunsOnIntoTheNextParagraphTesseractStarted() {
        double usual = 1.25;
        List<OcrWord> wrapped = line("De aanbevelingen nemen wij over. Wij zullen", 500, 46, 100);
        LineShape end = LineShape.of(wrapped);
        LineShape next = LineShape.of(line("de raad twee keer per jaar informeren.", 557, 46, 100));
        double right = end.right();
        assertTrue(end.runsOnInto(next, "De aanbevelingen nemen wij over. Wij zullen", right, usual));
        assertFalse(end.runsOnInto(next, "De aanbevelingen nemen wij over.", right, usual), "a sentence ended");
        assertFalse(end.runsOnInto(next, "De aanbevelingen nemen wij over. Wij zullen", right + 400, usual),
                "a short line (a heading) ends where it ends");
        LineShape indented = LineShape.of(line("de raad twee keer per jaar informeren.", 557, 46, 400));
        assertFalse(end.runsOnInto(indented, "De aanbevelingen nemen wij over. Wij zullen", right, usual),
                "another column or an indented item");
        LineShape below = LineShape.of(line("de raad twee keer per jaar informeren.", 610, 46, 100));
        assertFalse(end.runsOnInto(below, "De aanbevelingen nemen wij over. Wij zullen", right, usual),
                "after a paragraph's space");
    }

    @Test
    void aLineOfNoSizeTellsNothing() {
        LineShape flat = LineShape.of(List.of(new OcrWord("streep", 40, 100, 500, 300, 0, 1, 1, 1)));
        LineShape text = LineShape.of(line("de raad stemt in met het voorstel", 560, 46, 100));
        assertFalse(flat.known());
        assertFalse(flat.apartFrom(text, 1.25));
        assertFalse(text.apartFrom(flat, 1.25));
        assertFalse(LineShape.of(List.of(new OcrWord("1.", 90, 100, 500, 20, 30, 1, 1, 1))).known(), "too short to tell");
    }
}
