package nl.gremium.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** One pass over a page yields its glyphs and its ruling lines, read from the path operators as drawn. */
class LayoutReaderTest {
    private static final float HEIGHT = 400;

    private static List<PageLayout> read(PDDocument doc) throws IOException {
        List<PageLayout> pages = new ArrayList<>();
        LayoutReader.read(doc, pages::add);
        return pages;
    }

    @Test
    void rulingsComeFromStrokedSegmentsRectangleEdgesAndThinFillsUnderTheTransform() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, HEIGHT));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(20, 350);
                cs.showText("Kosten");
                cs.endText();
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance(10, 20)); // everything below is drawn 10 right, 20 up
                cs.moveTo(0, 100);                                 // a stroked horizontal segment
                cs.lineTo(200, 100);
                cs.stroke();
                cs.addRect(0, 150, 100, 50);                       // a rectangle outline: four edges
                cs.stroke();
                cs.addRect(0, 250, 200, 1);                        // a filled hairline: a ruling
                cs.fill();
                cs.addRect(0, 270, 200, 40);                       // cell shading: no ruling
                cs.fill();
                cs.moveTo(0, 0);                                   // a curve: no ruling
                cs.curveTo(50, 50, 100, 50, 150, 0);
                cs.stroke();
                cs.moveTo(0, 50);                                  // a clipping path is not drawn
                cs.lineTo(200, 50);
                cs.clip();
                cs.restoreGraphicsState();
            }
            List<PageLayout> pages = read(doc);
            assertEquals(1, pages.size());
            List<Ruling> rulings = pages.get(0).rulings();
            float y = HEIGHT - 20; // the transform's origin in the y-down page space
            assertTrue(rulings.contains(new Ruling(10, y - 100, 210, y - 100)), rulings::toString);
            assertTrue(rulings.contains(new Ruling(10, y - 200, 110, y - 200)), "top edge: " + rulings);
            assertTrue(rulings.contains(new Ruling(110, y - 200, 110, y - 150)), "right edge: " + rulings);
            assertTrue(rulings.contains(new Ruling(10, y - 250.5f, 210, y - 250.5f)), "hairline: " + rulings);
            assertEquals(6, rulings.size(), "segment, 4 edges, hairline; no shading, curve or clip: " + rulings);
            assertEquals("Kosten", pages.get(0).glyphs().stream().map(Glyph::text).reduce("", String::concat));
        }
    }

    @Test
    void aStampTurnedAskewGivesNoGlyphsButUprightAndItalicTextDoes() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, HEIGHT));
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(20, 350);
                cs.showText("Motie");
                cs.setTextMatrix(new Matrix(1, 0, 0.2f, 1, 20, 330)); // slanted as a synthetic italic: still on its line
                cs.showText("zwembad");
                cs.endText();
                cs.saveGraphicsState();
                cs.transform(Matrix.getRotateInstance(Math.toRadians(10), 150, 300)); // the clerk's stamp, set askew
                cs.beginText();
                cs.setFont(font, 24);
                cs.newLineAtOffset(0, 0);
                cs.showText("VERWORPEN");
                cs.endText();
                cs.restoreGraphicsState();
            }
            // its letters step up one by one: read as glyphs they line up with the text beside them as columns of a table
            assertEquals("Motiezwembad", read(doc).get(0).glyphs().stream().map(Glyph::text).reduce("", String::concat));
        }
    }
}
