package nl.gremium.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.store.Json;

/**
 * Scores title, organisation, body and date of each file's first logical document against the manifest, for the
 * development corpus and for a real-document set alike; a field the manifest leaves out is not scored.
 * Title: token F1 ≥ 0.5 against the manifest's title (sometimes a cataloguer's description). Organisation: the
 * manifest's name, or one of its parts when it names a unit of a body ("Ministerie van X - Dienst Y") or several
 * bodies ("Provincie X with gemeente Y"), case-insensitive. Body: the manifest's body without its note in brackets and
 * without the body it is addressed to ("Gedeputeerde Staten aan Provinciale Staten"), token F1 above 0.5 over the words
 * that are not function words, where an acronym stands for the capitalised words it abbreviates ("Minister van BZK").
 * Date: the document's date, exact.
 */
public final class MetadataEvaluation {
    /** One comparison; {@code ok} whether the prediction counts as right. */
    public record Row(String doc, String field, String expected, String predicted, boolean ok) {}

    private final List<Row> rows;

    private MetadataEvaluation(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static MetadataEvaluation of(Path corpus, CorpusRun run) {
        JsonNode manifest;
        try {
            manifest = Json.mapper().readTree(Files.readString(corpus.resolve("manifest.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(corpus + "/manifest.json: " + e.getMessage(), e);
        }
        JsonNode documents = manifest.has("documents") ? manifest.get("documents") : manifest;
        Map<String, List<LogicalDocument>> byFile = run.byFile();
        List<Row> rows = new ArrayList<>();
        for (JsonNode d : documents) {
            if (!d.hasNonNull("file")) {
                continue;
            }
            List<LogicalDocument> own = byFile.getOrDefault(Path.of(d.get("file").asText()).getFileName().toString(), List.of());
            if (!own.isEmpty() && own.get(0).metadata() != null) {
                rows.addAll(rows(d, own.get(0).metadata()));
            }
        }
        return new MetadataEvaluation(rows);
    }

    /** The comparisons for one manifest document. */
    static List<Row> rows(JsonNode d, Metadata m) {
        String doc = d.get("doc").asText();
        List<Row> out = new ArrayList<>();
        String title = text(d, "title");
        if (title != null) {
            out.add(new Row(doc, "title", title, m.title(), tokenF1(title, m.title()) >= 0.5));
        }
        String org = text(d, "organisation");
        if (org != null) {
            out.add(new Row(doc, "organisation", org, m.organisation(), sameOrganisation(org, m.organisation())));
        }
        String body = text(d, "body");
        if (body != null) {
            out.add(new Row(doc, "body", body, m.body(), sameBody(body, m.body())));
        }
        String date = text(d, "date");
        if (date != null) {
            out.add(new Row(doc, "date", date, String.valueOf(m.date()), LocalDate.parse(date).equals(m.date())));
        }
        return out;
    }

    static boolean sameOrganisation(String expected, String predicted) {
        if (predicted == null) {
            return false;
        }
        String p = predicted.strip().toLowerCase(Locale.ROOT);
        if (expected.strip().toLowerCase(Locale.ROOT).equals(p)) {
            return true;
        }
        for (String part : expected.split("\\s+-\\s+|\\s+with\\s+")) {
            if (part.strip().toLowerCase(Locale.ROOT).equals(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean sameBody(String expected, String predicted) {
        if (predicted == null) {
            return false;
        }
        String main = expected.replaceAll("\\([^)]*\\)", " ").split("\\s+aan\\s+")[0];
        return tokenF1(contentWords(main), contentWords(expandAcronyms(predicted, main))) > 0.5;
    }

    /** The words that are not function words ("Minister van BZK" → "Minister BZK"). */
    private static String contentWords(String s) {
        return s.replaceAll("(?i)\\b(?:van|de|het|der|den|en)\\b", " ");
    }

    /**
     * {@code predicted} with the run of capitalised words that an acronym of {@code expected} abbreviates replaced by
     * that acronym ("Minister van Binnenlandse Zaken en Koninkrijksrelaties" against "Minister van BZK").
     */
    private static String expandAcronyms(String predicted, String expected) {
        String out = predicted;
        for (String acronym : expected.split("[^\\p{L}]+")) {
            if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
                continue;
            }
            StringBuilder run = new StringBuilder("\\b");
            for (char c : acronym.toCharArray()) {
                run.append(run.length() > 2 ? "[\\s,]+(?:(?:en|van|de)\\s+)?" : "").append(c).append("\\p{L}*");
            }
            out = out.replaceAll(run + "\\b", acronym);
        }
        return out;
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    static double tokenF1(String expected, String predicted) {
        if (predicted == null) {
            return 0;
        }
        Set<String> e = tokens(expected);
        Set<String> p = tokens(predicted);
        Set<String> common = new HashSet<>(e);
        common.retainAll(p);
        if (common.isEmpty()) {
            return 0;
        }
        double precision = (double) common.size() / p.size();
        double recall = (double) common.size() / e.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Share of scored comparisons of {@code field} that are right (1 when none is scored). */
    public double accuracy(String field) {
        List<Row> f = rows.stream().filter(r -> r.field().equals(field)).toList();
        return f.isEmpty() ? 1 : (double) f.stream().filter(Row::ok).count() / f.size();
    }

    public void print(PrintStream out) {
        out.println("== Metadata: title, organisation, body, date of each file against the manifest");
        Map<String, List<Row>> byField = new TreeMap<>();
        rows.forEach(r -> byField.computeIfAbsent(r.field(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Row>> e : byField.entrySet()) {
            long ok = e.getValue().stream().filter(Row::ok).count();
            out.printf(Locale.ROOT, "metadata %-12s %d/%d (%.3f)%n", e.getKey(), ok, e.getValue().size(),
                    (double) ok / e.getValue().size());
            e.getValue().stream().filter(r -> !r.ok()).forEach(r ->
                    out.printf(Locale.ROOT, "  %-44s expected %s, got %s%n", r.doc(), r.expected(), r.predicted()));
        }
    }
}
