package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What readings a page gets, counted in Tesseract runs. Needs Tesseract with its Dutch model; without it these
 * fail, unless the run says {@code -Dgremium.ocr=absent}.
 */
class PageReaderTest {
    private static final int DPI = 150;

    /** Fails without Tesseract, unless the run asks to skip OCR tests ({@code -Dgremium.ocr=absent}). */
    @BeforeAll
    static void requireOcr() {
        boolean usable = Tesseract.availability().usable();
        Assumptions.assumeTrue(usable || !"absent".equals(System.getProperty("gremium.ocr")), "-Dgremium.ocr=absent");
        assertTrue(usable, "OCR tests need " + Tesseract.INSTALL_HINT + " (or -Dgremium.ocr=absent to skip them)");
    }

    @Test
    void aPhotographIsReadOnceWithoutOrientationCheckOrLabels() throws OcrFailure {
        Tesseract tesseract = new Tesseract(Duration.ofSeconds(60));
        OcrPage page = new PageReader(tesseract, DPI).read(SyntheticPhoto.of(1240, 1754, 7), 1);
        assertEquals(1, tesseract.runs(), "one reading: no orientation check, no labels read in dark patches");
        assertEquals(0, page.redactions());
        assertEquals(0, page.rotation());
        assertTrue(page.words().stream().allMatch(w -> w.confidence() >= 60), page.words().toString());
    }

    @Test
    void printReadPoorlyIsStillCheckedForOrientation() throws OcrFailure {
        BufferedImage page = blankPage();
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 24));
        for (int y = 150; y < 1650; y += 40) {
            g.drawString("De raad besluit het bestemmingsplan voor de haven vast te stellen.", 120, y);
        }
        g.dispose();
        Tesseract tesseract = new Tesseract(Duration.ofSeconds(60));
        new PageReader(tesseract, DPI).read(PageReader.rotate(page, 180), 1);
        assertTrue(tesseract.runs() >= 2, "a page of print upside down: orientation asked, " + tesseract.runs() + " runs");
    }

    @Test
    void linesTheScanSetsApartAreParagraphsOfTheirOwn() throws OcrFailure {
        BufferedImage page = blankPage();
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("Besluitenlijst dagelijks bestuur", 120, 200);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        // a field, a label and two items, each followed by a paragraph's space; then one paragraph of two lines
        String[] apart = {"Portefeuillehouder: wethouder Bakker", "Besluit college:",
            "1. In te stemmen met het voorstel voor de nieuwe kazerne;", "2. Het krediet beschikbaar te stellen."};
        int y = 290;
        for (String line : apart) {
            g.drawString(line, 120, y);
            y += 60;
        }
        g.drawString("Het college informeert de raad over het besluit en vraagt de", 120, y + 20);
        g.drawString("raad om een zienswijze op de begroting van de regio.", 120, y + 50);
        g.dispose();
        OcrPage read = new PageReader(new Tesseract(Duration.ofSeconds(60)), DPI).read(page, 1);
        List<String> paragraphs = read.paragraphs().stream().map(p -> p.text().replace('\n', ' ')).toList();
        assertEquals(6, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs.get(0).startsWith("Besluitenlijst"), paragraphs.toString());
        assertTrue(paragraphs.get(2).startsWith("Besluit college"), paragraphs.toString());
        assertTrue(paragraphs.get(5).startsWith("Het college informeert") && paragraphs.get(5).contains("de regio"),
                "a paragraph's own lines stay together: " + paragraphs);
    }

    @Test
    void aSideColumnInSmallPrintIsNoPartOfTheTextBesideIt() throws OcrFailure {
        BufferedImage page = blankPage();
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        String[] text = {"Het college heeft op 12 maart besloten het verzoek om subsidie", "voor het dorpshuis toe te wijzen. De stukken worden binnen twee",
            "weken gepubliceerd op de website van de gemeente. Tegen dit", "besluit kunt u binnen zes weken bezwaar maken bij het college.",
            "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.", "Het college van burgemeester en wethouders van Lindewaard"};
        String[] side = {"Afdeling Subsidies", "Postbus 100", "9700 AC Lindewaard", "Kenmerk", "2027-00412"};
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int i = 0; i < text.length; i++) {
            g.drawString(text[i], 100, 300 + 34 * i);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i < side.length; i++) {
            g.drawString(side[i], 960, 300 + 34 * i);
        }
        g.dispose();
        OcrPage read = new PageReader(new Tesseract(Duration.ofSeconds(60)), DPI).read(page, 1);
        List<String> paragraphs = read.paragraphs().stream().map(p -> p.text().replace('\n', ' ')).toList();
        String body = paragraphs.stream().filter(p -> p.startsWith("Het college heeft")).findFirst().orElse("");
        assertTrue(body.contains("gepubliceerd op de website") && body.contains("bezwaar maken"), paragraphs.toString());
        assertTrue(!body.contains("Postbus") && !body.contains("Kenmerk") && !body.contains("Subsidies"), paragraphs.toString());
    }

    @Test
    void aBulletReadPoorlyAtALineStartIsKept() {
        OcrWord mark = new OcrWord("«", 0, 216, 1371, 15, 12, 5, 2, 1);
        OcrWord word = new OcrWord("Stel", 96, 266, 1357, 80, 42, 5, 2, 1);
        OcrWord dash = new OcrWord("-", 10, 700, 1370, 15, 4, 5, 2, 1);
        List<OcrWord> line = List.of(mark, word, dash);
        assertTrue(PageReader.bullet(mark, line), "a mark before the line's first word");
        assertTrue(!PageReader.bullet(dash, line), "a mark inside the line is noise");
        assertTrue(!PageReader.bullet(word, line), "a word is no mark");
    }

    /** A white A4 page at {@link #DPI}. */
    private static BufferedImage blankPage() {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.dispose();
        return page;
    }
}
