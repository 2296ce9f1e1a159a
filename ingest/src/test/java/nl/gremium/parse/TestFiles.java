package nl.gremium.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Small test files in every format we read, and broken ones, written by the tests themselves. */
public final class TestFiles {
    private TestFiles() {}

    /** Two pages of minutes: page furniture, numbered headings, a hyphenated line break, list items. */
    public static Path pdf(Path dir, String name) throws IOException {
        return pdf(dir, name, List.of(
                List.of("-Concept-", "", "Verslag", "Van: Algemeen bestuur", "", "1. Opening",
                        "De voorzitter opent om 19.30 uur de vergadering en meldt dat de BDUR-",
                        "gelden voor dit jaar later aan bod komen.", "",
                        "5.1. Jaarstukken 2024", "", "Het algemeen bestuur wordt voorgesteld te besluiten om:", "",
                        "- De jaarstukken 2024 vast te stellen;", "",
                        "- Het resultaat van 418.306 euro toe te voegen aan de reserve.", "",
                        "Het algemeen bestuur besluit conform voorstel. De begroting wordt in de volgende", "",
                        "Pagina 1 van 2"),
                List.of("vergadering opnieuw besproken.", "", "5.2. Programmabegroting 2026", "",
                        "Het algemeen bestuur neemt kennis van de begroting.", "", "Pagina 2 van 2")), null);
    }

    /** A PDF whose pages carry no text (as a scan without OCR). */
    public static Path imageOnlyPdf(Path dir, String name) throws IOException {
        return pdf(dir, name, List.of(List.of(), List.of()), null);
    }

    public static Path encryptedPdf(Path dir, String name) throws IOException {
        return pdf(dir, name, List.of(List.of("Vertrouwelijk verslag van het dagelijks bestuur.")), "geheim");
    }

    private static Path pdf(Path dir, String name, List<List<String>> pages, String password) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (String line : lines) {
                        if (line.isEmpty()) {
                            y -= 12;   // a paragraph gap
                            continue;
                        }
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(60, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 13;
                    }
                }
            }
            if (password != null) {
                doc.protect(new StandardProtectionPolicy(password + "-owner", password, new AccessPermission()));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * Lines printed one under the other in the given sizes, as close as the print allows (no space between paragraphs),
     * as a title set large runs into the text under it.
     */
    public static Path printed(Path dir, String name, float[] sizes, String... lines) throws IOException {
        return printed(dir, name, 1.2f, sizes, lines);
    }

    /** Lines printed in the given sizes, each a paragraph of its own (a blank line's space between them). */
    public static Path printedApart(Path dir, String name, float[] sizes, String... lines) throws IOException {
        return printed(dir, name, 2.6f, sizes, lines);
    }

    private static Path printed(Path dir, String name, float leading, float[] sizes, String... lines) throws IOException {
        return onePage(dir.resolve(name), (cs, font) -> {
            float y = 780;
            for (int i = 0; i < lines.length; i++) {
                y -= leading * sizes[i];
                cs.beginText();
                cs.setFont(font, sizes[i]);
                cs.newLineAtOffset(60, y);
                cs.showText(lines[i]);
                cs.endText();
            }
        });
    }

    /**
     * One page of text placed piece by piece: each entry is x, the line's number from the top (14 pt apart) and the
     * text, as a two-column layout prints an item's number and title beside its account.
     */
    public static Path placed(Path dir, String name, Object... xLineText) throws IOException {
        return onePage(dir.resolve(name), (cs, font) -> {
            for (int i = 0; i + 2 < xLineText.length; i += 3) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(((Number) xLineText[i]).floatValue(), 780 - 14 * ((Number) xLineText[i + 1]).floatValue());
                cs.showText((String) xLineText[i + 2]);
                cs.endText();
            }
        });
    }

    /** What is drawn on a page in Helvetica. */
    private interface PageText {
        void draw(PDPageContentStream cs, PDType1Font font) throws IOException;
    }

    /** A one-page A4 PDF with {@code text} drawn on it. */
    private static Path onePage(Path file, PageText text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text.draw(cs, font);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A proposal with Heading 1/2 styles, a numbered decision list and a table. */
    public static Path docx(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 2; level++) {
                CTStyle ct = CTStyle.Factory.newInstance();
                ct.setStyleId("Heading" + level);
                ct.setType(STStyleType.PARAGRAPH);
                ct.addNewName().setVal("heading " + level);
                styles.addStyle(new XWPFStyle(ct, styles));
            }
            heading(doc, "Heading1", "Agendapunt - besluitvormend");
            doc.createParagraph().createRun().setText("Het algemeen bestuur wordt voorgesteld:");
            doc.createParagraph().createRun().setText("1. Het tijdpad vast te stellen.");
            doc.createParagraph().createRun().setText("2. Kennis te nemen van de aanbesteding.");
            heading(doc, "Heading2", "2.1. Financiële gevolgen");
            doc.createParagraph().createRun().setText("De kosten staan in onderstaande tabel.");
            XWPFTable table = doc.createTable(3, 2);
            String[][] cells = {{"Regio", "Bedrag"}, {"IJsselland", "388.136,77"}, {"Totaal", "388.136,77"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        return file;
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    /** An ODT written as the zip it is: a heading, a paragraph, a list and a table. */
    public static Path odt(Path dir, String name) throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:h text:outline-level="1">3. Informerend</text:h>
                    <text:p>Het dagelijks bestuur neemt kennis van de rapportage.</text:p>
                    <text:list><text:list-item><text:p>Eerste actiepunt</text:p></text:list-item>
                      <text:list-item><text:p>Tweede actiepunt</text:p></text:list-item></text:list>
                    <table:table table:name="Tabel1"><table:table-column table:number-columns-repeated="2"/>
                      <table:table-row><table:table-cell><text:p>Jaar</text:p></table:table-cell>
                        <table:table-cell><text:p>Bedrag</text:p></table:table-cell></table:table-row>
                      <table:table-row><table:table-cell><text:p>2026</text:p></table:table-cell>
                        <table:table-cell><text:p>1.000</text:p></table:table-cell></table:table-row>
                    </table:table>
                  </office:text></office:body>
                </office:document-content>
                """.strip();
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.strip();
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            deflated(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    public static Path rtf(Path dir, String name) throws IOException {
        return write(dir, name, "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n"
                + "\\pard 5.1. Jaarstukken 2024\\par\n"
                + "\\pard Het algemeen bestuur besluit conform voorstel.\\par\n"
                + "\\pard Het bestuur neemt kennis van de brief.\\par\n}");
    }

    public static Path html(Path dir, String name) throws IOException {
        return write(dir, name, """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Stukken</title></head><body>
                <h1>Ingekomen en verzonden stukken</h1>
                <p>De documenten   zijn op te vragen
                bij het secretariaat.</p>
                <h3>1. Ingekomen stukken</h3>
                <ol><li>Brief van het ministerie</li><li>Rapport van de inspectie</li></ol>
                <table><tr><th>Nr</th><th>Onderwerp</th></tr><tr><td>1.</td><td>BDuR-junibrief 2025</td></tr></table>
                </body></html>
                """);
    }

    public static Path txt(Path dir, String name) throws IOException {
        return write(dir, name, """
                2.1. Risicocommunicatie

                Het algemeen bestuur wordt voorgesteld de notitie
                vast te stellen.

                - Eerste punt;
                - Tweede punt.
                """);
    }

    public static Path eml(Path dir, String name) throws IOException {
        return write(dir, name, """
                From: Ministerie <post@example.nl>
                To: Secretariaat <secretariaat@example.nl>
                Subject: Toekenning bijdrage 2026
                Date: Mon, 30 Jun 2025 10:00:00 +0200
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Geachte voorzitter,

                Hierbij informeer ik u over de toekenning van de bijdrage voor 2026.

                Met vriendelijke groet,
                De minister
                """);
    }

    /**
     * An Outlook .msg: an OLE2 file whose streams are MAPI properties (subject 0x0037, body 0x1000, sender name
     * 0x0C1A, as UTF-16 "001F" strings), the minimum Tika's Outlook parser reads.
     */
    public static Path msg(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            DirectoryEntry root = fs.getRoot();
            utf16(root, "__substg1.0_0037001F", "Toekenning bijdrage 2026");
            utf16(root, "__substg1.0_1000001F",
                    "Geachte voorzitter,\r\n\r\nHierbij informeer ik u over de toekenning van de bijdrage.\r\n");
            utf16(root, "__substg1.0_0C1A001F", "Ministerie van Justitie en Veiligheid");
            root.createDocument("__properties_version1.0", new ByteArrayInputStream(new byte[32]));
            fs.writeFilesystem(out);
        }
        return file;
    }

    private static void utf16(DirectoryEntry dir, String name, String text) throws IOException {
        dir.createDocument(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE)));
    }

    /** The first bytes of a good PDF: header and part of the first object, no pages, no trailer. */
    public static Path truncatedPdf(Path dir, String name) throws IOException {
        Path good = pdf(dir, name);
        byte[] bytes = Files.readAllBytes(good);
        return Files.write(dir.resolve(name), Arrays.copyOf(bytes, Math.min(200, bytes.length / 4)));
    }

    public static Path randomBytes(Path dir, String name) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    public static Path empty(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[0]);
    }

    /** An ODT of a few KB whose content expands to millions of characters (Tika reads ODT as a stream). */
    public static Path zipBomb(Path dir, String name) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>").getBytes(StandardCharsets.UTF_8));
        byte[] para = "<text:p>bestuur bestuur bestuur bestuur bestuur bestuur bestuur bestuur</text:p>"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 25_000; i++) {
            content.writeBytes(para);
        }
        content.writeBytes("</office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "content.xml", content.toByteArray());
        }
        return file;
    }

    /** A plain zip archive (not a format we read). */
    public static Path zip(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            deflated(zip, "notes.txt", "Aantekeningen".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
