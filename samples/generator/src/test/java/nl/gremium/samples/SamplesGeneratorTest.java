package nl.gremium.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.gremium.fixtures.Corpus;
import nl.gremium.store.Json;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SamplesGeneratorTest {
    private static Map<String, byte[]> files;
    private static final Map<String, String> TEXT = new LinkedHashMap<>();
    private static final Tika TIKA = new Tika();

    @BeforeAll
    static void renderAndParse() throws Exception {
        files = SamplesGenerator.render();
        TIKA.setMaxStringLength(-1);
        for (var e : files.entrySet()) {
            if (isDocument(e.getKey())) {
                Metadata md = new Metadata();
                try (TikaInputStream in = TikaInputStream.get(e.getValue())) {
                    TEXT.put(e.getKey(), TIKA.parseToString(in, md).replaceAll("\\s+", " "));
                }
            }
        }
    }

    @Test
    void regeneratingGivesTheSameBytes() {
        Map<String, byte[]> again = SamplesGenerator.render();
        assertEquals(files.keySet(), again.keySet());
        for (String name : files.keySet()) {
            assertArrayEquals(files.get(name), again.get(name), name + " differs between two runs");
        }
    }

    @Test
    void committedSamplesAreCurrent() throws IOException {
        Path dir = Corpus.samples();
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            assertTrue(Files.isRegularFile(p), p + " missing: run ./gremium samples and commit");
            assertArrayEquals(e.getValue(), Files.readAllBytes(p), p + " is stale: run ./gremium samples and commit");
        }
    }

    @Test
    void everyFileIsARealFileOfItsFormat() throws Exception {
        Map<String, String> expected = Map.of(
                "pdf", "application/pdf",
                "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "odt", "application/vnd.oasis.opendocument.text",
                "rtf", "application/rtf",
                "html", "text/html",
                "txt", "text/plain",
                "eml", "message/rfc822");
        for (var e : files.entrySet()) {
            if (!isDocument(e.getKey())) {
                continue;
            }
            String ext = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            String detected;
            // detect from the bytes alone (no file name), so the content has to be the real thing
            try (TikaInputStream in = TikaInputStream.get(e.getValue())) {
                detected = TIKA.detect(in, new Metadata());
            }
            if (!ext.equals("txt")) { // plain text has no signature to detect
                assertEquals(expected.get(ext), detected, e.getKey());
            }
            switch (ext) {
                case "pdf" -> {
                    try (PDDocument d = Loader.loadPDF(e.getValue())) {
                        assertTrue(d.getNumberOfPages() > 0, e.getKey());
                    }
                }
                case "docx" -> {
                    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(e.getValue()))) {
                        assertTrue(d.getParagraphs().stream().anyMatch(p -> "Title".equals(p.getStyle())), e.getKey());
                    }
                }
                case "odt" -> {
                    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(e.getValue()))) {
                        ZipEntry first = z.getNextEntry();
                        assertEquals("mimetype", first.getName(), "ODF needs mimetype as first entry");
                        assertEquals(ZipEntry.STORED, first.getMethod(), "ODF mimetype must be stored");
                    }
                }
                default -> { }
            }
        }
    }

    @Test
    void documentsSayWhatTheReadmePromises() {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        phrases.put("agenda-ab-2025-04-02.pdf", List.of("1. Opening en vaststelling agenda",
                "2. Verslag vergadering 11 december 2024", "3. Ingekomen en verzonden stukken",
                "5.1. Jaarstukken 2024", "5.2. Programmabegroting 2026", "Pagina 1 van 1"));
        phrases.put("verslag-ab-2025-04-02.docx", List.of(
                "Het algemeen bestuur stelt de jaarstukken 2024 vast",
                "Het algemeen bestuur besluit conform voorstel, met dien verstande dat de indexatie",
                "Het voorstel wordt aangehouden tot de vergadering van 9 juli 2025.",
                "Het algemeen bestuur verwerpt het voorstel.",
                "Het algemeen bestuur neemt kennis van de evaluatie",
                "Het algemeen bestuur stemt in met het Regionaal crisisplan 2025–2028.",
                "De heer Jansen zal vóór 1 juni 2025", "Mevrouw De Vries gaat na",
                "wordt in het najaar aan het bestuur voorgelegd",
                "€ 26,9 miljoen", "8 ton", "541.318 euro", "€ 1.150.000,-", "296.427,54€", "circa 430.000 euro",
                "burgemeester van Zwolle, voorzitter"));
        phrases.put("voorstel-jaarstukken-2024.docx", List.of("Agendapunt 5.1", "Datum overleg 2 april 2025",
                "Onderwerp Jaarstukken 2024", "Portefeuillehouder",
                "Het algemeen bestuur wordt voorgesteld: 1. de jaarstukken 2024 vast te stellen;", "Totaal 27.450.000 26.908.682 541.318"));
        phrases.put("besluitenlijst-db-2025-05-15.odt", List.of("Besluit: het dagelijks bestuur gunt de opdracht",
                "€ 1.436.500", "Actie: mevrouw De Vries zendt de reactie vóór 20 mei 2025"));
        phrases.put("bdur-junibrief-2025.pdf", List.of("Ministerie van Justitie en Veiligheid", "24 juni 2025",
                "Bijlage 1: Bijdrage BDuR 2025 per veiligheidsregio", "4 Vechtland 7.412.386", "Totaal 203.121.982",
                "Bijlage 2: Raming BDuR 2026–2029 per veiligheidsregio", "Veiligheidsregio 2026 2027 2028 2029",
                "Vechtland 7.642.170 7.733.876 7.780.279 7.819.180", "Flevoland"));
        phrases.put("bdur-decemberbrief-2025.pdf", List.of("Correctie", "Vechtland 7.412.386 24.526 7.436.912",
                "Vechtland 7.707.128 7.799.614 7.846.411 7.885.643"));
        phrases.put("inspectierapport-stroomuitval-2025.pdf", List.of("Inspectie Justitie en Veiligheid", "16 juni 2025",
                "5. Aanbevelingen", "Aan de besturen van de veiligheidsregio's 1. Actualiseer de continuïteitsplannen",
                "Aan de minister van Justitie en Veiligheid • Zorg voor een landelijke regeling",
                "De Inspectie JenV zal de opvolging van deze aanbevelingen over een jaar monitoren"));
        phrases.put("verslag-ab-2025-07-09.pdf", List.of(
                "Het algemeen bestuur neemt kennis van het inspectierapport 'Continuïteit van de crisisorganisatie bij langdurige stroomuitval' en stemt in met de volgende actiepunten: a. de continuïteitsplannen",
                "brandweerkazerne Hattem", "Vastgoedbeleid brandweerkazernes", "€ 3.400.000", "<script>alert('test')</script>"));
        phrases.put("vergaderschema-2026.docx", List.of("Vergadering Datum Tijd", "woensdag 8 april 2026"));
        phrases.put("ingekomen-verzonden-stukken-ab-2025-07-09.html", List.of("Ingekomen stukken", "Verzonden stukken", "I-05"));
        phrases.put("brief-zienswijze-begroting-2026.rtf", List.of("Ontwerp-programmabegroting 2026 ter zienswijze", "€ 29,8 miljoen"));
        phrases.put("notitie-voortgang-stroomuitval.txt", List.of("a. Continuïteitsplannen: afgerond."));
        phrases.put("mail-minjenv-weerbaarheid-2026.eml", List.of("Eenmalige bijdrage weerbaarheid 2026", "€ 412.000"));
        phrases.put("notitie-bezetting-meldkamer-vertrouwelijk.docx", List.of("VERTROUWELIJK", "vertrouwelijk, niet openbaar"));
        for (var e : phrases.entrySet()) {
            String text = TEXT.get(e.getKey());
            for (String phrase : e.getValue()) {
                assertTrue(text.contains(phrase), e.getKey() + " lacks \"" + phrase + "\"");
            }
        }
    }

    @Test
    void bundleStartsEachDocumentOnANewPage() throws IOException {
        JsonNode manifest = Json.mapper().readTree(files.get(SamplesGenerator.MANIFEST));
        JsonNode bundle = manifest.get(manifest.size() - 1);
        assertEquals(SamplesGenerator.BUNDLE, bundle.get("file").asText());
        try (PDDocument pdf = Loader.loadPDF(files.get(SamplesGenerator.BUNDLE))) {
            assertEquals(16, pdf.getNumberOfPages(), "bundle page count (update README when it changes)");
            assertEquals(pdf.getNumberOfPages(), bundle.get("pages").asInt());
            int expectedFirst = 1;
            PDFTextStripper stripper = new PDFTextStripper();
            for (JsonNode part : bundle.get("parts")) {
                int first = part.get("firstPage").asInt();
                int last = part.get("lastPage").asInt();
                assertEquals(expectedFirst, first, "parts are contiguous");
                stripper.setStartPage(first);
                stripper.setEndPage(first);
                String page = stripper.getText(pdf);
                assertTrue(page.contains("Pagina 1 van " + (last - first + 1)), part.get("source") + " starts on page " + first);
                expectedFirst = last + 1;
            }
            assertEquals(pdf.getNumberOfPages() + 1, expectedFirst, "parts cover the bundle");
        }
    }

    @Test
    void manifestListsEveryFile() throws IOException {
        JsonNode manifest = Json.mapper().readTree(files.get(SamplesGenerator.MANIFEST));
        assertEquals(files.keySet().stream().filter(SamplesGeneratorTest::isDocument).count(), manifest.size());
        for (JsonNode entry : manifest) {
            assertTrue(files.containsKey(entry.get("file").asText()), entry.toString());
            if (!entry.get("gold").isNull()) {
                assertTrue(files.containsKey(".meta/" + entry.get("gold").asText()), entry.toString());
            }
        }
    }

    @Test
    void goldLabelsOccurInTheParsedText() throws IOException {
        for (var e : files.entrySet()) {
            if (!e.getKey().startsWith(SamplesGenerator.GOLD_DIR)) {
                continue;
            }
            JsonNode gold = Json.mapper().readTree(e.getValue());
            String file = gold.get("file").asText();
            String text = TEXT.get(file);
            for (String field : List.of("decisions", "recommendations", "actions")) {
                for (JsonNode label : gold.get(field)) {
                    assertTrue(text.contains(label.get("text").asText()), file + " " + field + ": " + label.get("text"));
                }
            }
            for (JsonNode amount : gold.get("amounts")) {
                assertTrue(text.contains(amount.get("raw").asText()), file + " amount " + amount.get("raw"));
            }
        }
        JsonNode minutes = Json.mapper().readTree(files.get(SamplesGenerator.GOLD_DIR + "verslag-ab-2025-04-02.json"));
        assertEquals(10, minutes.get("decisions").size());
        JsonNode report = Json.mapper().readTree(files.get(SamplesGenerator.GOLD_DIR + "inspectierapport-stroomuitval-2025.json"));
        assertEquals(5, report.get("recommendations").size());
        assertEquals("Aan de minister van Justitie en Veiligheid", report.get("recommendations").get(4).get("addressee").asText());
    }

    private static boolean isDocument(String name) {
        return !name.equals(SamplesGenerator.MANIFEST) && !name.startsWith(SamplesGenerator.GOLD_DIR);
    }
}
