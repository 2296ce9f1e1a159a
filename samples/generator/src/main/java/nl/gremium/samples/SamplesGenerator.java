package nl.gremium.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gremium.model.DocKind;
import nl.gremium.store.Json;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Generates the project's {@code samples/}: every sample document in its native format, one merged
 * meeting bundle (each part rendered as PDF, each starting on a new page), {@code .meta/manifest.json}
 * describing them all and {@code .meta/gold/} with their gold labels. The output is byte-for-byte the same on every run.
 */
public final class SamplesGenerator {
    public static final String BUNDLE = "bundel-ab-2025-07-09.pdf";
    /**
     * The manifest and the gold labels live in a hidden folder, which {@code ingest samples/} skips, so
     * that only the documents become records.
     */
    public static final String MANIFEST = ".meta/manifest.json";
    /** Gold labels per document, in the corpus's gold format: .meta/gold/&lt;stem&gt;.json. */
    public static final String GOLD_DIR = ".meta/gold/";

    /**
     * One manifest row, with the corpus manifest's field names where they exist ({@code gold} is relative
     * to the manifest's folder); {@code parts} only for the bundle, {@code pages} only for PDFs.
     */
    public record Entry(String doc, String file, String format, DocKind kind, String organisation, String body,
                        LocalDate date, String title, Integer pages, String gold, List<Part> parts) {}

    /** A document inside the bundle: its own file in samples/ and its 1-based inclusive page range. */
    public record Part(String source, DocKind kind, String title, int firstPage, int lastPage) {}

    private SamplesGenerator() {}

    /** All documents, in their native formats, in the order of the manifest. */
    static List<SampleDoc> documents() {
        return List.of(
                AprilMeeting.agenda(),
                AprilMeeting.proposal(),
                AprilMeeting.minutes(),
                MayDecisions.decisions(),
                MinistryLetters.juneLetter(),
                InspectionReport.report(),
                JulyMeeting.agenda(),
                JulyMeeting.documentList(),
                JulyMeeting.proposal(),
                JulyMeeting.schedule(),
                JulyMeeting.minutes(),
                MinistryLetters.resilienceMail(),
                MinistryLetters.decemberLetter(),
                OtherDocuments.rtfLetter(),
                OtherDocuments.textNote(),
                OtherDocuments.confidentialNote());
    }

    /** The files of the 9 July bundle, in bundle order. */
    static List<String> bundleParts() {
        return List.of("agenda-ab-2025-07-09.pdf", "verslag-ab-2025-04-02.docx", "ingekomen-verzonden-stukken-ab-2025-07-09.html",
                "besluitenlijst-db-2025-05-15.odt", "voorstel-vastgoedbeleid-brandweerkazernes.docx",
                "vergaderschema-2026.docx", "inspectierapport-stroomuitval-2025.pdf", "bdur-junibrief-2025.pdf");
    }

    /** Renders everything: file name → bytes, manifest.json last. */
    public static Map<String, byte[]> render() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Entry> manifest = new ArrayList<>();
        Map<String, SampleDoc> byFile = new LinkedHashMap<>();
        Map<String, byte[]> gold = new LinkedHashMap<>();
        for (SampleDoc doc : documents()) {
            byte[] bytes = render(doc);
            files.put(doc.file(), bytes);
            byFile.put(doc.file(), doc);
            manifest.add(entry(doc, doc.file().endsWith(".pdf") ? pages(bytes) : null, null));
            gold.put(GOLD_DIR + doc.stem() + ".json", json(gold(doc)));
        }
        SampleDoc bundle = new SampleDoc(BUNDLE, null, Vechtland.REGION, Vechtland.AB, Vechtland.AB_JULY,
                "Vergaderstukken Algemeen bestuur " + Vechtland.date(Vechtland.AB_JULY), List.of(), Gold.empty());
        List<Part> parts = new ArrayList<>();
        byte[] merged = bundle(bundle, bundleParts().stream().map(byFile::get).toList(), parts);
        files.put(BUNDLE, merged);
        manifest.add(entry(bundle, pages(merged), parts));
        files.putAll(gold);
        files.put(MANIFEST, json(manifest));
        return files;
    }

    /** Writes all files into {@code out} (created if needed) and returns their paths. */
    public static List<Path> write(Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (var e : render().entrySet()) {
            Path p = out.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
            written.add(p);
        }
        return written;
    }

    /** The gold file of one document: the corpus's fields, then the labels as they hold for its format. */
    private static Map<String, Object> gold(SampleDoc doc) {
        Gold g = doc.gold().forFormat(extension(doc.file()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("doc", doc.stem());
        out.put("file", doc.file());
        out.put("kind", doc.kind());
        out.put("organisation", doc.organisation());
        out.put("date", doc.date());
        out.put("decisions", g.decisions());
        out.put("recommendations", g.recommendations());
        out.put("actions", g.actions());
        out.put("amounts", g.amounts());
        out.put("tables", g.tables());
        return out;
    }

    private static byte[] json(Object value) {
        try {
            return (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1);
    }

    static byte[] render(SampleDoc doc) {
        return switch (extension(doc.file())) {
            case "pdf" -> PdfRenderer.render(doc);
            case "docx" -> DocxRenderer.render(doc);
            case "odt" -> OdtRenderer.render(doc);
            case "html" -> utf8(HtmlRenderer.render(doc));
            case "rtf" -> utf8(RtfRenderer.render(doc));
            case "txt" -> utf8(TextRenderer.render(doc));
            case "eml" -> utf8(EmlRenderer.render(doc, "\"Directie Veiligheidsregio's\" <veiligheidsregios@minjenv.example.nl>",
                    "\"Secretariaat Veiligheidsregio Vechtland\" <secretariaat@vr-vechtland.example.nl>"));
            default -> throw new IllegalArgumentException("no renderer for " + doc.file());
        };
    }

    private static byte[] bundle(SampleDoc bundle, List<SampleDoc> docs, List<Part> parts) {
        PDFMergerUtility merger = new PDFMergerUtility();
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument dest = new PDDocument()) {
            for (SampleDoc doc : docs) {
                PDDocument src = Loader.loadPDF(PdfRenderer.render(doc.as(doc.stem() + ".pdf")));
                sources.add(src);
                int first = dest.getNumberOfPages() + 1;
                merger.appendDocument(dest, src);
                parts.add(new Part(doc.file(), doc.kind(), doc.title(), first, dest.getNumberOfPages()));
            }
            Reproducible.pdf(dest, bundle);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dest.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + bundle.file(), e);
        } finally {
            for (PDDocument src : sources) {
                try {
                    src.close();
                } catch (IOException ignored) {
                    // in-memory document; nothing to release
                }
            }
        }
    }

    private static Entry entry(SampleDoc doc, Integer pages, List<Part> parts) {
        String gold = parts == null ? GOLD_DIR.substring(MANIFEST.indexOf('/') + 1) + doc.stem() + ".json" : null;
        return new Entry(doc.stem(), doc.file(), extension(doc.file()), doc.kind(), doc.organisation(), doc.body(),
                doc.date(), doc.title(), pages, gold, parts);
    }

    private static int pages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
