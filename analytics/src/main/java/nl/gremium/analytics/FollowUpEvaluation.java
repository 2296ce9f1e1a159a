package nl.gremium.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourcePart;
import nl.gremium.store.DataStore;
import nl.gremium.store.RecommendationStatus;

/**
 * The follow-up measured against a gold of pointers ({@code followup-gold-*.tsv}: report file, recommendation
 * number or position, evidence file, status): precision and recall of the evidence links (a link is evidence
 * that moves a recommendation beyond open) and the accuracy of the status the evidence gives. Reads an analysed
 * data folder; controllers' statuses are left out (the evidence's own status is measured).
 *
 * <p>A gold recommendation the tagger did not find counts as a wrong status and its links as missed. With no
 * links in the gold and none predicted, precision and recall are 1 (nothing claimed, nothing missed).
 */
public final class FollowUpEvaluation {
    public static final String SAMPLES = "followup-gold-samples.tsv";
    public static final String CORPUS = "followup-gold-corpus.tsv";

    /** One gold row. {@code evidenceFile} is null for "-". */
    record GoldRow(String reportFile, String recommendation, String evidenceFile, RecommendationStatus status) {}

    /**
     * @param recommendations gold recommendations; {@code found} of them located in the data folder
     * @param goldLinks       links in the gold; {@code predictedLinks} claimed by the run; {@code correctLinks} both
     * @param statusCorrect   recommendations whose evidence status equals the gold's
     * @param errors          one line per disagreement, for the developer
     */
    public record Result(String name, int recommendations, int found, int goldLinks, int predictedLinks, int correctLinks,
                         int statusCorrect, List<String> errors) {
        public double precision() {
            return predictedLinks == 0 ? 1.0 : correctLinks / (double) predictedLinks;
        }

        public double recall() {
            return goldLinks == 0 ? 1.0 : correctLinks / (double) goldLinks;
        }

        public double statusAccuracy() {
            return recommendations == 0 ? 1.0 : statusCorrect / (double) recommendations;
        }

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "follow-up (%s): %d/%d recommendations found; evidence links P %.2f (%d/%d) R %.2f (%d/%d); "
                            + "status accuracy %.2f (%d/%d)%n", name, found, recommendations, precision(), correctLinks, predictedLinks,
                    recall(), correctLinks, goldLinks, statusAccuracy(), statusCorrect, recommendations);
            errors.forEach(e -> out.println("  " + e));
        }
    }

    private FollowUpEvaluation() {}

    /** Measures an analysed data folder against the gold resource {@code gold} ({@link #SAMPLES} or {@link #CORPUS}). */
    public static Result evaluate(String gold, DataStore store) {
        RecommendationsReport report = AnalyticsFiles.recommendations(store).orElseThrow(() ->
                new IllegalStateException("no analytics results in " + store.root() + " (run analytics first)"));
        return evaluate(gold.replace("followup-gold-", "").replace(".tsv", ""), read(gold), store.documents(), report);
    }

    static Result evaluate(String name, List<GoldRow> gold, List<LogicalDocument> docs, RecommendationsReport report) {
        Map<String, RecommendationView> views = new HashMap<>();
        report.recommendations().forEach(v -> views.put(v.id(), v));
        Map<String, LogicalDocument> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        // gold recommendation key → its rows
        Map<String, List<GoldRow>> byRec = new LinkedHashMap<>();
        gold.forEach(g -> byRec.computeIfAbsent(g.reportFile() + " " + g.recommendation(), k -> new ArrayList<>()).add(g));
        int found = 0, goldLinks = 0, predicted = 0, correct = 0, statusOk = 0;
        List<String> errors = new ArrayList<>();
        Set<String> measured = new HashSet<>();
        for (Map.Entry<String, List<GoldRow>> e : byRec.entrySet()) {
            GoldRow first = e.getValue().get(0);
            RecommendationStatus expected = RecommendationStatus.open;
            Set<String> goldFiles = new HashSet<>();
            for (GoldRow g : e.getValue()) {
                expected = g.status().ordinal() > expected.ordinal() ? g.status() : expected;
                if (g.evidenceFile() != null) {
                    goldFiles.add(g.evidenceFile());
                }
            }
            goldLinks += goldFiles.size();
            Optional<String> id = locate(docs, first.reportFile(), first.recommendation());
            RecommendationView v = id.map(views::get).orElse(null);
            if (v == null) {
                errors.add(e.getKey() + ": not found" + (id.isPresent() ? " in the analytics results" : " among the tagged recommendations"));
                continue;
            }
            found++;
            measured.add(v.id());
            RecommendationStatus got = v.evidenceStatus() == null ? RecommendationStatus.open : v.evidenceStatus();
            if (got == expected) {
                statusOk++;
            } else {
                errors.add(e.getKey() + ": status " + got + ", gold " + expected + " (" + v.statusRule() + ")");
            }
            for (Evidence ev : links(v)) {
                predicted++;
                Set<String> files = files(byId.get(ev.docId()));
                if (files.stream().anyMatch(goldFiles::contains)) {
                    correct++;
                } else {
                    errors.add(e.getKey() + ": link to " + String.join("/", files) + " (" + ev.date() + ", " + ev.rule() + ") not in gold");
                }
            }
        }
        // recommendations of gold reports the gold does not list (the tagger found more): their links are claims too
        Set<String> goldReports = new HashSet<>();
        gold.forEach(g -> goldReports.add(g.reportFile()));
        for (RecommendationView v : report.recommendations()) {
            if (!measured.contains(v.id()) && files(byId.get(v.docId())).stream().anyMatch(goldReports::contains)) {
                predicted += links(v).size();
                if (!links(v).isEmpty()) {
                    errors.add(v.id() + ": not in gold, " + links(v).size() + " link(s) counted as wrong");
                }
            }
        }
        return new Result(name, byRec.size(), found, goldLinks, predicted, correct, statusOk, List.copyOf(errors));
    }

    /** The evidence that counts as follow-up (beyond a mention). */
    private static List<Evidence> links(RecommendationView v) {
        return v.evidence() == null ? List.of() : v.evidence().stream()
                .filter(e -> e.suggests() != null && e.suggests() != RecommendationStatus.open).toList();
    }

    /** Every file name a document was found under (its own and those of the bundles it is also in). */
    static Set<String> files(LogicalDocument d) {
        Set<String> out = new HashSet<>();
        if (d != null) {
            for (SourcePart p : d.locations()) {
                if (p.source() != null) {
                    out.add(p.source().fileName());
                }
            }
        }
        return out;
    }

    /** The recommendation a gold pointer names: by number as printed ("1", "1."), or "#k" the k-th in the report's text order. */
    static Optional<String> locate(List<LogicalDocument> docs, String reportFile, String pointer) {
        for (LogicalDocument d : docs) {
            if (!files(d).contains(reportFile) || d.tags().recommendations().isEmpty()) {
                continue;
            }
            List<Recommendation> recs = d.tags().recommendations();
            if (pointer.startsWith("#")) {
                int k = Integer.parseInt(pointer.substring(1));
                return k >= 1 && k <= recs.size() ? Optional.of(recs.get(k - 1).id()) : Optional.empty();
            }
            return recs.stream().filter(r -> r.number() != null && r.number().replaceAll("\\.$", "").strip().equals(pointer))
                    .map(Recommendation::id).findFirst();
        }
        return Optional.empty();
    }

    static List<GoldRow> read(String resource) {
        try (InputStream in = FollowUpEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no gold " + resource);
            }
            List<GoldRow> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("report_file\t")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 4) {
                    throw new IllegalArgumentException(resource + " line " + n + ": 4 tab-separated columns expected");
                }
                rows.add(new GoldRow(c[0], c[1], "-".equals(c[2]) ? null : c[2], RecommendationStatus.parse(c[3])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
