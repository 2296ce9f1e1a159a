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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Outcome;
import nl.gremium.model.Table;
import nl.gremium.store.Json;
import nl.gremium.tag.DocumentFamily;
import nl.gremium.tag.Outcomes;
import nl.gremium.text.TokenBag;

/**
 * Scores ingested documents against a gold set in the real-document format ({@code manifest.json} with
 * {@code documents}, {@code gold/*.json}), following that set's scoring conventions, so the figures are
 * those of its reference scorer: only predictions on {@code labelled_pages} count; gold items marked
 * borderline are optional (a prediction matching one counts neither way, a missed one is no miss); text
 * items match when the F1 of their lower-cased, accent-folded tokens (of two or more characters) is at
 * least 0.5, greedily best pair first, one to one; amounts match by value to the cent as multisets. On
 * top of the reference scorer: outcome accuracy of matched decisions (printed outcome normalised by
 * {@link Outcomes}), addressee accuracy, kinds, tables and a breakdown per document family.
 */
public final class GoldSetEvaluation {
    public static final List<String> TYPES = List.of("decision", "recommendation", "action", "amount");
    private static final Map<String, String> GOLD_KEY = Map.of("decision", "decisions", "recommendation",
            "recommendations", "action", "actions", "amount", "amounts");

    /** True positives, counted predictions and counted gold items of one type. */
    public record Count(int tp, int predicted, int gold) {
        Count plus(Count o) {
            return new Count(tp + o.tp, predicted + o.predicted, gold + o.gold);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Everything measured; {@code byFamily} holds the per-type counts of each gold kind's family. */
    public record Result(Map<String, Count> total, Map<String, Map<String, Count>> byFamily,
                         Map<String, Map<String, Count>> byDocument, int outcomeRight, int outcomeScored,
                         int addresseeRight, int addresseeScored, int kindsRight, int kinds,
                         int tablesFound, int tables, List<String> misses) {

        public double outcomeAccuracy() {
            return outcomeScored == 0 ? 0 : (double) outcomeRight / outcomeScored;
        }

        public double kindAccuracy() {
            return kinds == 0 ? 0 : (double) kindsRight / kinds;
        }

        public void print(PrintStream out) {
            out.println("records (labelled pages only; borderline optional; token F1 >= 0.5, one to one):");
            for (String t : TYPES) {
                out.println("  " + line(t, total.get(t)));
            }
            out.printf(Locale.ROOT, "  outcome right on matched decisions: %d/%d = %.3f%n", outcomeRight, outcomeScored,
                    outcomeAccuracy());
            out.printf(Locale.ROOT, "  addressee right on matched recommendations: %d/%d%n", addresseeRight, addresseeScored);
            out.printf(Locale.ROOT, "kinds: %d/%d = %.3f%n", kindsRight, kinds, kindAccuracy());
            out.printf(Locale.ROOT, "tables found (same columns, rows within 1): %d/%d%n", tablesFound, tables);
            out.println("per family (F1 decision / recommendation / action / amount, with tp/pred/gold):");
            byFamily.forEach((f, counts) -> out.println("  " + String.format(Locale.ROOT, "%-14s", f)
                    + TYPES.stream().map(t -> cell(counts.get(t))).collect(Collectors.joining("  "))));
            out.println("per document (tp/pred/gold decision, recommendation, action, amount):");
            byDocument.forEach((d, counts) -> out.println("  " + String.format(Locale.ROOT, "%-60s", shorten(d, 60))
                    + TYPES.stream().map(t -> tpg(counts.get(t))).collect(Collectors.joining(" "))));
            if (!misses.isEmpty()) {
                out.println("kind and table misses:");
                misses.forEach(m -> out.println("  " + m));
            }
        }

        private static String line(String type, Count c) {
            return String.format(Locale.ROOT, "%-15s P=%.3f R=%.3f F1=%.3f (tp %d, pred %d, gold %d)", type,
                    c.precision(), c.recall(), c.f1(), c.tp(), c.predicted(), c.gold());
        }

        private static String cell(Count c) {
            return c == null || c.gold() + c.predicted() == 0 ? String.format(Locale.ROOT, "%-18s", "–")
                    : String.format(Locale.ROOT, "%.2f %-13s", c.f1(), "(" + tpg(c) + ")");
        }

        private static String tpg(Count c) {
            return c == null ? "0/0/0" : c.tp() + "/" + c.predicted() + "/" + c.gold();
        }
    }

    private GoldSetEvaluation() {}

    /** True when {@code dir} holds a gold set in this format (manifest.json with documents, gold/). */
    public static boolean isGoldSet(Path dir) {
        return Files.isRegularFile(dir.resolve("manifest.json")) && Files.isDirectory(dir.resolve("gold"));
    }

    /** Scores the documents ingested from the set's files ({@code byFile}: file name → its logical documents). */
    public static Result evaluate(Path set, Map<String, List<LogicalDocument>> byFile) {
        JsonNode manifest = read(set.resolve("manifest.json"));
        JsonNode docs = manifest.has("documents") ? manifest.get("documents") : manifest;
        Map<String, Count> total = new LinkedHashMap<>();
        TYPES.forEach(t -> total.put(t, new Count(0, 0, 0)));
        Map<String, Map<String, Count>> byFamily = new TreeMap<>();
        Map<String, Map<String, Count>> byDocument = new LinkedHashMap<>();
        int[] outcome = new int[2];
        int[] addressee = new int[2];
        int kindsRight = 0;
        int kinds = 0;
        int tablesFound = 0;
        int tables = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode m : docs) {
            String file = Path.of(m.path("file").asText()).getFileName().toString();
            String goldPath = m.hasNonNull("gold") ? m.get("gold").asText() : "gold/" + m.path("doc").asText() + ".json";
            JsonNode gold = read(set.resolve(goldPath));
            List<LogicalDocument> stored = byFile.getOrDefault(file, List.of());
            String family = family(m.path("kind").asText(gold.path("kind").asText("other")));
            Map<String, Count> doc = new LinkedHashMap<>();
            for (String t : TYPES) {
                Count c = score(t, gold, stored, outcome, addressee);
                doc.put(t, c);
                total.merge(t, c, Count::plus);
                byFamily.computeIfAbsent(family, k -> new LinkedHashMap<>()).merge(t, c, Count::plus);
            }
            byDocument.put(m.path("doc").asText(file), doc);

            Set<String> got = stored.stream().map(d -> d.kind() == null ? "" : d.kind().name()).collect(Collectors.toSet());
            List<String> want = new ArrayList<>();
            gold.path("documents_in_bundle").forEach(x -> want.add(x.path("kind").asText()));
            if (want.isEmpty()) {
                want.add(m.path("kind").asText(gold.path("kind").asText()));
            }
            for (String k : want) {
                kinds++;
                if (got.contains(k)) {
                    kindsRight++;
                } else {
                    misses.add("kind " + file + ": want " + k + ", got " + new TreeSet<>(got));
                }
            }
            List<Table> found = stored.stream().flatMap(d -> d.blocks().stream())
                    .filter(b -> b.is(BlockType.TABLE) && b.table() != null).map(Block::table).toList();
            for (JsonNode gt : gold.path("tables")) {
                tables++;
                int rows = gt.path("n_rows").asInt();
                int cols = gt.path("n_cols").asInt();
                boolean hit = found.stream().anyMatch(t -> t.columnCount() == cols && Math.abs(t.rows().size() - rows) <= 1);
                if (hit) {
                    tablesFound++;
                } else {
                    misses.add("table " + file + " p" + gt.path("page").asText() + ": " + rows + "x" + cols + " not found ("
                            + found.stream().map(t -> t.rows().size() + "x" + t.columnCount()).collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        return new Result(total, byFamily, byDocument, outcome[0], outcome[1], addressee[0], addressee[1],
                kindsRight, kinds, tablesFound, tables, misses);
    }

    private static String family(String kind) {
        try {
            return DocumentFamily.of(DocKind.valueOf(kind)).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return kind; // a kind we do not have (e.g. "bundle")
        }
    }

    /** One type in one document; {@code outcome}/{@code addressee} accumulate right and scored counts. */
    private static Count score(String type, JsonNode gold, List<LogicalDocument> stored, int[] outcome, int[] addressee) {
        int first = gold.path("labelled_pages").path(0).asInt(Integer.MIN_VALUE);
        int last = gold.path("labelled_pages").path(1).asInt(Integer.MAX_VALUE);
        List<JsonNode> g = new ArrayList<>();
        gold.path(GOLD_KEY.get(type)).forEach(g::add);
        List<Prediction> p = predictions(type, stored).stream().filter(x -> x.page() >= first && x.page() <= last).toList();
        if (type.equals("amount")) {
            return amounts(p, g);
        }
        List<int[]> pairs = match(p, g);
        int optional = (int) pairs.stream().filter(x -> borderline(g.get(x[1]))).count();
        int optionalGold = (int) g.stream().filter(GoldSetEvaluation::borderline).count();
        for (int[] x : pairs) {
            JsonNode gi = g.get(x[1]);
            if (borderline(gi)) {
                continue;
            }
            if (type.equals("decision") && gi.hasNonNull("outcome")) {
                outcome[1]++;
                // a printed outcome with a normalised form is compared by that form; one without ("Deels
                // openbaar", "Begin Q2") by the printed text
                String printed = gi.get("outcome").asText();
                Outcome want = Outcomes.of(printed).orElse(null);
                Prediction got = p.get(x[0]);
                if (want != null ? want == got.outcome() : printed.equalsIgnoreCase(String.valueOf(got.outcomeText()).strip())) {
                    outcome[0]++;
                }
            }
            if (type.equals("recommendation") && gi.hasNonNull("addressee")) {
                addressee[1]++;
                if (TokenBag.f1(p.get(x[0]).addressee(), gi.get("addressee").asText()) >= 0.5) {
                    addressee[0]++;
                }
            }
        }
        return new Count(pairs.size() - optional, p.size() - optional, g.size() - optionalGold);
    }

    private static boolean borderline(JsonNode g) {
        return g.path("borderline").asBoolean(false);
    }

    /** What the pipeline predicted, flattened to what the conventions score. */
    record Prediction(String text, int page, BigDecimal value, Outcome outcome, String outcomeText, String addressee) {}

    private static List<Prediction> predictions(String type, List<LogicalDocument> docs) {
        List<Prediction> out = new ArrayList<>();
        for (LogicalDocument d : docs) {
            switch (type) {
                case "decision" -> d.tags().decisions().forEach(x -> out.add(new Prediction(x.text(), x.page(), null, x.outcome(), x.outcomeText(), null)));
                case "recommendation" -> d.tags().recommendations().forEach(x -> out.add(new Prediction(x.text(), x.page(), null, null, null, x.addressee())));
                case "action" -> d.tags().actions().forEach(x -> out.add(new Prediction(x.text(), x.page(), null, null, null, null)));
                default -> d.tags().amounts().forEach(x -> out.add(new Prediction(x.raw(), x.page(), x.value(), null, null, null)));
            }
        }
        return out;
    }

    /** Greedy one-to-one matching, best token F1 first, pairs below 0.5 never match: [prediction, gold]. */
    private static List<int[]> match(List<Prediction> p, List<JsonNode> g) {
        record Pair(double score, int i, int j) {}
        List<Pair> pairs = new ArrayList<>();
        List<Map<String, Integer>> gt = g.stream().map(x -> TokenBag.of(x.path("text").asText())).toList();
        for (int i = 0; i < p.size(); i++) {
            Map<String, Integer> pt = TokenBag.of(p.get(i).text());
            for (int j = 0; j < g.size(); j++) {
                double s = TokenBag.f1(pt, gt.get(j));
                if (s >= 0.5) {
                    pairs.add(new Pair(s, i, j));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        boolean[] usedP = new boolean[p.size()];
        boolean[] usedG = new boolean[g.size()];
        List<int[]> out = new ArrayList<>();
        for (Pair x : pairs) {
            if (!usedP[x.i()] && !usedG[x.j()]) {
                usedP[x.i()] = true;
                usedG[x.j()] = true;
                out.add(new int[] {x.i(), x.j()});
            }
        }
        return out;
    }

    private static Count amounts(List<Prediction> p, List<JsonNode> g) {
        Map<Long, Integer> pred = new HashMap<>();
        Map<Long, Integer> gold = new HashMap<>();
        Map<Long, Integer> optional = new HashMap<>();
        p.stream().filter(x -> x.value() != null).forEach(x -> pred.merge(cents(x.value()), 1, Integer::sum));
        for (JsonNode x : g) {
            if (x.hasNonNull("value")) {
                (borderline(x) ? optional : gold).merge(cents(x.get("value").decimalValue()), 1, Integer::sum);
            }
        }
        int tp = 0;
        int counted = 0;
        for (Map.Entry<Long, Integer> e : pred.entrySet()) {
            int hit = Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
            int rest = e.getValue() - hit;
            tp += hit;
            counted += e.getValue() - Math.min(rest, optional.getOrDefault(e.getKey(), 0));
        }
        return new Count(tp, counted, gold.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static long cents(BigDecimal v) {
        return v.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static JsonNode read(Path p) {
        try {
            return Json.mapper().readTree(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }
}
