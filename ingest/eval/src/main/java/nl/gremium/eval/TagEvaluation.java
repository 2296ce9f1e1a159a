package nl.gremium.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gremium.model.Action;
import nl.gremium.model.Amount;
import nl.gremium.model.Decision;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Tags;
import nl.gremium.store.Json;
import nl.gremium.tag.DocumentTagger;
import nl.gremium.text.Folding;

/**
 * Scores the taggers against the corpus gold ({@code gold/*.json}).
 * <p>Matching rule. Decisions, recommendations and actions: texts are normalised (lower case, accents
 * and typographic quotes folded, everything but letters and digits a separator) into token sets; a found
 * record matches a gold record when the shared tokens cover at least {@value #CONTAINMENT} of the smaller
 * set (token containment either way; a gold decision's {@code also_recorded_as} texts count as
 * alternatives). Matching is one-to-one: pairs are taken greedily by highest overlap, ties in document
 * order. Amounts: the values in exact cents, compared per document as multisets (a value found twice
 * where gold has it once is one true and one false positive). Addressee accuracy is over matched
 * recommendations: normalised texts equal, or both null.
 */
public final class TagEvaluation {
    public static final double CONTAINMENT = 0.5;
    public static final List<String> TYPES = List.of("decision", "recommendation", "action", "amount");

    /** Counts for one type. */
    public record Score(String type, int gold, int found, int matched) {
        public double precision() {
            return found == 0 ? (gold == 0 ? 1 : 0) : (double) matched / found;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(int g, int f, int m) {
            return new Score(type, gold + g, found + f, matched + m);
        }
    }

    /** Scores per type, addressee and agenda-item accuracy, and the misses for inspection. */
    public record Result(Map<String, Score> scores, int addresseeRight, int recommendationsMatched,
                         int agendaItemRight, int decisionsMatched, int documents, List<String> misses) {
        public Score score(String type) {
            return scores.get(type);
        }

        public double addresseeAccuracy() {
            return recommendationsMatched == 0 ? 1 : (double) addresseeRight / recommendationsMatched;
        }

        /** The table, then each text miss (missed gold, extra found, wrong addressee); amount misses as a count. */
        public void print(PrintStream out) {
            out.print(format());
            List<String> text = misses.stream().filter(m -> !m.contains(" amount ")).toList();
            text.forEach(m -> out.println("    " + m));
            long amounts = misses.size() - text.size();
            if (amounts > 0) {
                out.println("    (" + amounts + " amount values missed or extra; see TagEvaluation.Result.misses)");
            }
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "tags vs gold (%d documents; text match: token containment >= %.1f"
                    + " either way, one-to-one; amounts: exact cents per document)%n", documents, CONTAINMENT));
            sb.append(String.format(Locale.ROOT, "  %-15s %5s %6s %6s %9s %7s %6s%n", "type", "gold", "found", "match",
                    "precision", "recall", "F1"));
            for (String t : TYPES) {
                Score s = scores.get(t);
                sb.append(String.format(Locale.ROOT, "  %-15s %5d %6d %6d %9.3f %7.3f %6.3f%n", t, s.gold(), s.found(),
                        s.matched(), s.precision(), s.recall(), s.f1()));
            }
            sb.append(String.format(Locale.ROOT, "  recommendation addressee right: %d of %d matched (%.3f)%n",
                    addresseeRight, recommendationsMatched, addresseeAccuracy()));
            sb.append(String.format(Locale.ROOT, "  decision agenda item right:     %d of %d matched%n",
                    agendaItemRight, decisionsMatched));
            return sb.toString();
        }
    }

    private record Item(List<String> texts, String extra, int order) {}

    private TagEvaluation() {}

    /**
     * Evaluates the tags of {@code byFile} (documents by source file name, e.g. from {@link CorpusRun#byFile()})
     * against every gold file in {@code corpus/gold}. A gold file whose document is missing counts as all misses.
     */
    public static Result evaluate(Path corpus, Map<String, List<LogicalDocument>> byFile) {
        Map<String, Score> scores = new HashMap<>();
        TYPES.forEach(t -> scores.put(t, new Score(t, 0, 0, 0)));
        int[] addressee = new int[2];
        int[] agenda = new int[2];
        List<String> misses = new ArrayList<>();
        List<Path> goldFiles = goldFiles(corpus);
        for (Path gf : goldFiles) {
            JsonNode g = read(gf);
            String fileName = Path.of(g.path("file").asText()).getFileName().toString();
            Tags tags = merged(byFile.getOrDefault(fileName, List.of()));
            String doc = g.path("doc").asText();

            List<Item> gd = new ArrayList<>();
            int i = 0;
            for (JsonNode d : g.path("decisions")) {
                List<String> texts = new ArrayList<>(List.of(d.path("text").asText()));
                d.path("also_recorded_as").forEach(a -> texts.add(a.asText()));
                gd.add(new Item(texts, text(d.path("agenda_item")), i++));
            }
            List<Item> fd = new ArrayList<>();
            i = 0;
            for (var d : tags.decisions()) {
                fd.add(new Item(List.of(d.text()), d.agendaItem(), i++));
            }
            int[][] pairs = match(gd, fd);
            for (int[] p : pairs) {
                agenda[1]++;
                if (same(gd.get(p[0]).extra(), fd.get(p[1]).extra())) {
                    agenda[0]++;
                }
            }
            record(scores, "decision", gd, fd, pairs, doc, misses);

            List<Item> gr = items(g.path("recommendations"), "addressee");
            List<Item> fr = new ArrayList<>();
            i = 0;
            for (var r : tags.recommendations()) {
                fr.add(new Item(List.of(r.text()), r.addressee(), i++));
            }
            pairs = match(gr, fr);
            for (int[] p : pairs) {
                addressee[1]++;
                if (same(gr.get(p[0]).extra(), fr.get(p[1]).extra())) {
                    addressee[0]++;
                } else {
                    misses.add(doc + " addressee: gold '" + gr.get(p[0]).extra() + "' found '" + fr.get(p[1]).extra() + "'");
                }
            }
            record(scores, "recommendation", gr, fr, pairs, doc, misses);

            List<Item> ga = items(g.path("actions"), "actor");
            List<Item> fa = new ArrayList<>();
            i = 0;
            for (var a : tags.actions()) {
                fa.add(new Item(List.of(a.text()), a.actor(), i++));
            }
            record(scores, "action", ga, fa, match(ga, fa), doc, misses);

            Map<Long, Integer> goldCents = new HashMap<>();
            for (JsonNode a : g.path("amounts")) {
                goldCents.merge(cents(new BigDecimal(a.path("value").asText())), 1, Integer::sum);
            }
            Map<Long, Integer> foundCents = new HashMap<>();
            tags.amounts().forEach(a -> foundCents.merge(cents(a.value()), 1, Integer::sum));
            int matched = 0;
            for (var e : goldCents.entrySet()) {
                int m = Math.min(e.getValue(), foundCents.getOrDefault(e.getKey(), 0));
                matched += m;
                if (m < e.getValue()) {
                    misses.add(doc + " amount missed: " + centsText(e.getKey()) + " x" + (e.getValue() - m));
                }
            }
            for (var e : foundCents.entrySet()) {
                int extra = e.getValue() - goldCents.getOrDefault(e.getKey(), 0);
                if (extra > 0) {
                    misses.add(doc + " amount extra: " + centsText(e.getKey()) + " x" + extra);
                }
            }
            int goldN = goldCents.values().stream().mapToInt(Integer::intValue).sum();
            int matchedN = matched;
            scores.computeIfPresent("amount", (k, s) -> s.plus(goldN, tags.amounts().size(), matchedN));
        }
        return new Result(scores, addressee[0], addressee[1], agenda[0], agenda[1], goldFiles.size(), misses);
    }

    private static void record(Map<String, Score> scores, String type, List<Item> gold, List<Item> found, int[][] pairs,
                               String doc, List<String> misses) {
        scores.computeIfPresent(type, (k, s) -> s.plus(gold.size(), found.size(), pairs.length));
        Set<Integer> g = new HashSet<>();
        Set<Integer> f = new HashSet<>();
        for (int[] p : pairs) {
            g.add(p[0]);
            f.add(p[1]);
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!g.contains(i)) {
                misses.add(doc + " " + type + " missed: " + shorten(gold.get(i).texts().get(0)));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!f.contains(i)) {
                misses.add(doc + " " + type + " extra: " + shorten(found.get(i).texts().get(0)));
            }
        }
    }

    private static List<Item> items(JsonNode array, String extraField) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : array) {
            out.add(new Item(List.of(n.path("text").asText()), text(n.path(extraField)), i++));
        }
        return out;
    }

    /** One-to-one greedy matching by overlap; returns {gold index, found index} pairs. */
    static int[][] match(List<Item> gold, List<Item> found) {
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                double best = 0;
                for (String t : gold.get(i).texts()) {
                    best = Math.max(best, overlap(t, found.get(j).texts().get(0)));
                }
                if (best >= CONTAINMENT) {
                    // prefer the same extra (agenda item), then document-order proximity
                    double bonus = same(gold.get(i).extra(), found.get(j).extra()) ? 1e-3 : 0;
                    candidates.add(new double[] {best + bonus - Math.abs(i - j) * 1e-6, i, j});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedF = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (usedG.add(i)) {
                if (usedF.add(j)) {
                    pairs.add(new int[] {i, j});
                } else {
                    usedG.remove(i);
                }
            }
        }
        return pairs.toArray(int[][]::new);
    }

    /** Shared tokens over the smaller token set. */
    public static double overlap(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                shared++;
            }
        }
        return (double) shared / Math.min(ta.size(), tb.size());
    }

    static Set<String> tokens(String s) {
        return new HashSet<>(Arrays.asList(normalise(s).split(" "))).stream().filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return Folding.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static long cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    private static String centsText(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String shorten(String s) {
        return s.length() <= 140 ? s : s.substring(0, 137) + "...";
    }

    private static Tags merged(List<LogicalDocument> docs) {
        if (docs.size() == 1) {
            return docs.get(0).tags();
        }
        List<Decision> d = new ArrayList<>();
        List<Recommendation> r = new ArrayList<>();
        List<Action> a = new ArrayList<>();
        List<Amount> m = new ArrayList<>();
        for (LogicalDocument doc : docs) {
            d.addAll(doc.tags().decisions());
            r.addAll(doc.tags().recommendations());
            a.addAll(doc.tags().actions());
            m.addAll(doc.tags().amounts());
        }
        return new Tags(d, r, a, m, List.of(), List.of());
    }

    /**
     * The bundle PDF's parts scored against the gold of the documents they should be, paired in manifest
     * order; empty when the bundle was not ingested or split into a different number of parts (then the
     * splitter, not the taggers, is what to look at).
     */
    public static Optional<Result> evaluateBundle(Path corpus, Map<String, List<LogicalDocument>> byFile) {
        JsonNode manifest = read(corpus.resolve("manifest.json"));
        String bundle = Path.of(manifest.path("bundle_pdf").asText("files/00-bundle.pdf")).getFileName().toString();
        List<LogicalDocument> parts = byFile.getOrDefault(bundle, List.of());
        JsonNode docs = manifest.path("documents");
        if (parts.isEmpty() || parts.size() != docs.size()) {
            return Optional.empty();
        }
        Map<String, List<LogicalDocument>> paired = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            paired.put(Path.of(docs.get(i).path("file").asText()).getFileName().toString(), List.of(parts.get(i)));
        }
        return Optional.of(evaluate(corpus, paired));
    }

    /** The same documents tagged again with the current taggers (parsing and structure as stored). */
    public static Map<String, List<LogicalDocument>> retagged(Map<String, List<LogicalDocument>> byFile) {
        DocumentTagger tagger = new DocumentTagger();
        Map<String, List<LogicalDocument>> out = new LinkedHashMap<>();
        byFile.forEach((file, docs) -> out.put(file, docs.stream().map(d -> d.withTags(tagger.tag(d))).toList()));
        return out;
    }

    /** A folder with copies of the corpus's per-document files (not the whole-bundle PDF, which repeats them). */
    public static Path documentFiles(Path corpus, Path into) {
        try (Stream<Path> s = Files.list(corpus.resolve("files"))) {
            Files.createDirectories(into);
            for (Path f : s.filter(p -> !p.getFileName().toString().startsWith("00-")).toList()) {
                Path target = into.resolve(f.getFileName());
                if (!Files.exists(target)) {
                    Files.copy(f, target);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy corpus files to " + into + ": " + e.getMessage(), e);
        }
    }

    static List<Path> goldFiles(Path corpus) {
        Path dir = corpus.resolve("gold");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold files in " + dir + ": " + e.getMessage(), e);
        }
    }

    static JsonNode read(Path p) {
        try {
            return Json.mapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + p + ": " + e.getMessage(), e);
        }
    }
}
