package nl.gremium.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.split.BundleSplitter;
import nl.gremium.split.Part;
import nl.gremium.store.Json;
import nl.gremium.text.BlockText;

/**
 * Scores splitting, classification, segmentation and metadata against the corpus ({@code manifest.json},
 * {@code gold/*.json}, {@code text/*.txt}).
 *
 * <ul>
 *   <li><b>Boundaries</b>: the bundle concatenates the manifest's documents in order, each on a new page. A
 *   document's expected first page is where its text begins in the parsed bundle: the first 40 letters and
 *   digits of {@code text/NN-*.txt} (furniture lines skipped) are searched in the bundle's page texts after the
 *   previous document's start. Boundaries are the start pages after page 1; precision and recall compare the
 *   parts' start pages with them. The page counts of the per-document PDFs cross-check the derivation.</li>
 *   <li><b>Kinds</b>: a bundle document counts as correct when a part starts on its first page and has the
 *   manifest's kind; a separate file when it stays one part with the manifest's kind.</li>
 *   <li><b>Agenda items</b>: every gold decision's {@code agenda_item} must be an item number of its file.</li>
 *   <li><b>Metadata</b> of the separate files: title, organisation and date as {@link MetadataEvaluation} scores
 *   them; body (where the manifest names an algemeen/dagelijks bestuur); language.</li>
 * </ul>
 */
public final class StructureEvaluation {
    private static final int PREFIX = 40;

    /** One manifest document: expected vs predicted. */
    public record DocRow(String doc, String file, DocKind expectedKind, int expectedStart, Integer pdfPages,
                         DocKind bundleKind, DocKind fileKind, int fileParts) {
        public boolean bundleOk() {
            return bundleKind == expectedKind;
        }

        public boolean fileOk() {
            return fileParts == 1 && fileKind == expectedKind;
        }
    }

    /** A metadata comparison for one separate file; null expected values are not scored. */
    public record MetaRow(String doc, String field, String expected, String predicted, boolean ok) {}

    private final List<DocRow> rows;
    private final List<Integer> expectedBoundaries;
    private final List<Integer> foundBoundaries;
    private final List<Integer> foundByText;
    private final List<String> itemsExpected;
    private final List<String> itemsMissing;
    private final List<MetaRow> meta;
    private final List<String> notes;

    private StructureEvaluation(List<DocRow> rows, List<Integer> expectedBoundaries, List<Integer> foundBoundaries,
                                List<Integer> foundByText, List<String> itemsExpected, List<String> itemsMissing, List<MetaRow> meta,
                                List<String> notes) {
        this.rows = rows;
        this.expectedBoundaries = expectedBoundaries;
        this.foundBoundaries = foundBoundaries;
        this.foundByText = foundByText;
        this.itemsExpected = itemsExpected;
        this.itemsMissing = itemsMissing;
        this.meta = meta;
        this.notes = notes;
    }

    public static StructureEvaluation of(Path corpus, CorpusRun run) {
        JsonNode manifest = readJson(corpus.resolve("manifest.json"));
        JsonNode documents = manifest.has("documents") ? manifest.get("documents") : manifest;
        Map<String, List<LogicalDocument>> byFile = run.byFile();
        List<LogicalDocument> bundle = byFile.getOrDefault("00-bundle.pdf", List.of());
        List<String> notes = new ArrayList<>();
        if (bundle.isEmpty()) {
            notes.add("00-bundle.pdf was not ingested");
        }
        PageTexts pages = new PageTexts(bundle);

        List<DocRow> rows = new ArrayList<>();
        int searchFrom = 1;
        for (JsonNode d : documents) {
            String doc = d.get("doc").asText();
            String fileName = Path.of(d.get("file").asText()).getFileName().toString();
            DocKind kind = kindOf(d.get("kind").asText());
            String prefix = prefix(corpus.resolve(d.get("text").asText()));
            int start = pages.find(prefix, searchFrom);
            if (start < 0) {
                notes.add(doc + ": its first words were not found in the parsed bundle");
            } else {
                searchFrom = start + 1;
            }
            List<LogicalDocument> own = byFile.getOrDefault(fileName, List.of());
            Integer pdfPages = fileName.endsWith(".pdf") && !own.isEmpty() ? own.get(0).source().pageCount() : null;
            DocKind bundleKind = start < 0 ? null : bundle.stream().filter(p -> p.pageStart() == start)
                    .map(LogicalDocument::kind).findFirst().orElse(null);
            DocKind fileKind = own.isEmpty() ? null : own.get(0).kind();
            rows.add(new DocRow(doc, fileName, kind, start, pdfPages, bundleKind, fileKind, own.size()));
        }
        for (int i = 0; i + 1 < rows.size(); i++) {
            DocRow r = rows.get(i);
            int next = rows.get(i + 1).expectedStart();
            if (r.pdfPages() != null && r.expectedStart() > 0 && next > 0 && next - r.expectedStart() != r.pdfPages()) {
                notes.add(r.doc() + ": derived span " + (next - r.expectedStart()) + " pages, its PDF has " + r.pdfPages());
            }
        }
        List<Integer> expected = rows.stream().map(DocRow::expectedStart).filter(p -> p > 1).toList();
        List<Integer> found = bundle.stream().map(LogicalDocument::pageStart).filter(p -> p > 1).toList();
        // The same bundle split again from its text alone, without the font-object cue, to show what text carries.
        List<Block> bundleBlocks = bundle.stream().flatMap(p -> p.blocks().stream()).toList();
        int bundlePages = bundle.isEmpty() ? 0 : bundle.get(0).source().pageCount();
        List<Integer> foundByText = new BundleSplitter().split(bundleBlocks, bundlePages, null).stream()
                .map(Part::pageStart).filter(p -> p > 1).toList();

        List<String> itemsExpected = new ArrayList<>();
        List<String> itemsMissing = new ArrayList<>();
        List<MetaRow> meta = new ArrayList<>();
        for (JsonNode d : documents) {
            String fileName = Path.of(d.get("file").asText()).getFileName().toString();
            List<LogicalDocument> own = byFile.getOrDefault(fileName, List.of());
            Set<String> numbers = own.stream().flatMap(x -> x.agendaItems().stream()).map(AgendaItem::number)
                    .collect(Collectors.toSet());
            Path gold = corpus.resolve(d.get("gold").asText());
            for (JsonNode decision : readJson(gold).path("decisions")) {
                JsonNode item = decision.get("agenda_item");
                if (item != null && !item.isNull() && itemsExpected.add(d.get("doc").asText() + " " + item.asText())
                        && !numbers.contains(item.asText())) {
                    itemsMissing.add(d.get("doc").asText() + " " + item.asText());
                }
            }
            if (!own.isEmpty()) {
                meta.addAll(metaRows(d, own.get(0).metadata()));
            }
        }
        return new StructureEvaluation(rows, expected, found, foundByText, itemsExpected, itemsMissing, meta, notes);
    }

    private static List<MetaRow> metaRows(JsonNode d, Metadata m) {
        String doc = d.get("doc").asText();
        List<MetaRow> out = new ArrayList<>();
        MetadataEvaluation.rows(d, m).forEach(r -> out.add(new MetaRow(r.doc(), r.field(), r.expected(), r.predicted(), r.ok())));
        String body = text(d, "body");
        if (body != null && body.toLowerCase(Locale.ROOT).matches("(?:algemeen|dagelijks) bestuur.*")) {
            String expected = body.replaceAll("\\s*\\(.*$", "");
            out.add(new MetaRow(doc, "body", expected, m.body(), expected.equalsIgnoreCase(String.valueOf(m.body()))));
        }
        out.add(new MetaRow(doc, "language", "nld", m.language(), "nld".equals(m.language())));
        return out;
    }

    // ---- numbers ----

    public int boundariesExpected() {
        return expectedBoundaries.size();
    }

    public int boundariesFound() {
        return foundBoundaries.size();
    }

    public int boundariesCorrect() {
        return correct(foundBoundaries);
    }

    public double boundaryPrecision() {
        return foundBoundaries.isEmpty() ? 0 : (double) boundariesCorrect() / foundBoundaries.size();
    }

    public double boundaryRecall() {
        return expectedBoundaries.isEmpty() ? 0 : (double) boundariesCorrect() / expectedBoundaries.size();
    }

    private int correct(List<Integer> found) {
        Set<Integer> expected = new HashSet<>(expectedBoundaries);
        return (int) found.stream().filter(expected::contains).count();
    }

    public double bundleKindAccuracy() {
        return rows.isEmpty() ? 0 : (double) rows.stream().filter(DocRow::bundleOk).count() / rows.size();
    }

    public double fileKindAccuracy() {
        return rows.isEmpty() ? 0 : (double) rows.stream().filter(DocRow::fileOk).count() / rows.size();
    }

    public double agendaItemRecall() {
        return itemsExpected.isEmpty() ? 1 : 1 - (double) itemsMissing.size() / itemsExpected.size();
    }

    /** Share of scored metadata comparisons of {@code field} that are right. */
    public double metadataAccuracy(String field) {
        List<MetaRow> f = meta.stream().filter(r -> r.field().equals(field)).toList();
        return f.isEmpty() ? 1 : (double) f.stream().filter(MetaRow::ok).count() / f.size();
    }

    public List<DocRow> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    public void print(PrintStream out) {
        out.println("== Structure: bundle splitting, classification, agenda items, metadata");
        out.printf(Locale.ROOT, "%-44s %5s %5s  %-17s %-17s %-17s%n", "document", "start", "pdfp", "expected kind",
                "bundle part kind", "separate file kind");
        for (DocRow r : rows) {
            out.printf(Locale.ROOT, "%-44s %5s %5s  %-17s %-17s %-17s%n", r.doc(), r.expectedStart() < 0 ? "?" : r.expectedStart(),
                    r.pdfPages() == null ? "-" : r.pdfPages(), r.expectedKind(),
                    mark(r.bundleKind(), r.bundleOk()), mark(r.fileKind(), r.fileOk()) + (r.fileParts() == 1 ? "" : " (" + r.fileParts() + " parts)"));
        }
        Set<Integer> expected = new HashSet<>(expectedBoundaries);
        Set<Integer> found = new HashSet<>(foundBoundaries);
        out.printf(Locale.ROOT, "boundaries: found %d, expected %d, correct %d; precision %.3f, recall %.3f%n",
                boundariesFound(), boundariesExpected(), boundariesCorrect(), boundaryPrecision(), boundaryRecall());
        List<Integer> spurious = foundBoundaries.stream().filter(p -> !expected.contains(p)).toList();
        List<Integer> missed = expectedBoundaries.stream().filter(p -> !found.contains(p)).toList();
        if (!spurious.isEmpty() || !missed.isEmpty()) {
            out.println("  spurious starts " + spurious + ", missed starts " + missed);
        }
        int byText = correct(foundByText);
        out.printf(Locale.ROOT, "  from text cues alone (no font-object cue): found %d, correct %d; precision %.3f, recall %.3f%n",
                foundByText.size(), byText, foundByText.isEmpty() ? 0.0 : (double) byText / foundByText.size(),
                expectedBoundaries.isEmpty() ? 0.0 : (double) byText / expectedBoundaries.size());
        out.printf(Locale.ROOT, "kind accuracy: bundle parts %.3f (%d/%d), separate files %.3f (%d/%d)%n",
                bundleKindAccuracy(), rows.stream().filter(DocRow::bundleOk).count(), rows.size(),
                fileKindAccuracy(), rows.stream().filter(DocRow::fileOk).count(), rows.size());
        out.printf(Locale.ROOT, "agenda items of gold decisions found: %d/%d%s%n", itemsExpected.size() - itemsMissing.size(),
                itemsExpected.size(), itemsMissing.isEmpty() ? "" : ", missing " + itemsMissing);
        Map<String, List<MetaRow>> byField = new TreeMap<>();
        meta.forEach(r -> byField.computeIfAbsent(r.field(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<MetaRow>> e : byField.entrySet()) {
            long ok = e.getValue().stream().filter(MetaRow::ok).count();
            out.printf(Locale.ROOT, "metadata %-12s %d/%d%n", e.getKey(), ok, e.getValue().size());
            e.getValue().stream().filter(r -> !r.ok()).forEach(r ->
                    out.printf(Locale.ROOT, "  %-44s expected %s, got %s%n", r.doc(), r.expected(), r.predicted()));
        }
        notes.forEach(n -> out.println("note: " + n));
    }

    private static String mark(DocKind kind, boolean ok) {
        return (kind == null ? "-" : kind.name()) + (ok ? "" : " ✗");
    }

    // ---- corpus reading ----

    /** The first {@value #PREFIX} letters and digits of a document's text, furniture lines skipped. */
    private static String prefix(Path text) {
        try {
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(text)) {
                if (BlockText.isFurniture(line)) {
                    continue;
                }
                sb.append(squash(line));
                if (sb.length() >= PREFIX) {
                    return sb.substring(0, PREFIX);
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + text, e);
        }
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The bundle's text, squashed, with the offset where each page begins. */
    private static final class PageTexts {
        private final StringBuilder text = new StringBuilder();
        private final TreeMap<Integer, Integer> pageAt = new TreeMap<>(); // offset → page
        private final Map<Integer, Integer> offsetOf = new TreeMap<>();   // page → offset

        PageTexts(List<LogicalDocument> parts) {
            Map<Integer, StringBuilder> byPage = new TreeMap<>();
            for (LogicalDocument part : parts) {
                for (Block b : part.blocks()) {
                    if (!BlockText.isFurniture(b.text())) {
                        byPage.computeIfAbsent(b.page(), k -> new StringBuilder()).append(squash(b.text()));
                    }
                }
            }
            byPage.forEach((page, sb) -> {
                offsetOf.put(page, text.length());
                pageAt.put(text.length(), page);
                text.append(sb);
            });
        }

        /** The page where {@code prefix} first begins, searching from page {@code fromPage}; -1 if absent. */
        int find(String prefix, int fromPage) {
            Integer from = offsetOf.entrySet().stream().filter(e -> e.getKey() >= fromPage)
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (prefix.isEmpty() || from == null) {
                return -1;
            }
            int at = text.indexOf(prefix, from);
            return at < 0 ? -1 : pageAt.floorEntry(at).getValue();
        }
    }

    private static JsonNode readJson(Path p) {
        try {
            return Json.mapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** The gold's kind, or null for one we do not have (a real-document set labels a whole bundle "bundle"). */
    private static DocKind kindOf(String kind) {
        try {
            return DocKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
