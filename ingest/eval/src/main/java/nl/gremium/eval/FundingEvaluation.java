package nl.gremium.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Table;
import nl.gremium.store.DataStore;
import nl.gremium.text.DutchNumber;

/**
 * Scores table funding facts against the gold table amounts ({@code amounts[].in_table}): per gold table,
 * the facts drawn from the matching extracted table are compared with the gold amounts as multisets of
 * values. Precision: facts whose value is a gold amount of that table. Recall: gold amounts with a fact,
 * leaving out the totals row (the last sample row when its label is "Totaal" or empty), which by design
 * gives no facts.
 */
public final class FundingEvaluation {

    /** One gold table with amounts. */
    public record Row(String file, String goldId, String tableId, int facts, int factsRight, int gold, int goldFound) {
        public double precision() {
            return facts == 0 ? 0 : (double) factsRight / facts;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) goldFound / gold;
        }
    }

    private final List<Row> rows;
    private final int textFacts;

    private FundingEvaluation(List<Row> rows, int textFacts) {
        this.rows = List.copyOf(rows);
        this.textFacts = textFacts;
    }

    public List<Row> rows() {
        return rows;
    }

    public double precision() {
        int facts = rows.stream().mapToInt(Row::facts).sum();
        return facts == 0 ? 0 : (double) rows.stream().mapToInt(Row::factsRight).sum() / facts;
    }

    public double recall() {
        int gold = rows.stream().mapToInt(Row::gold).sum();
        return gold == 0 ? 1 : (double) rows.stream().mapToInt(Row::goldFound).sum() / gold;
    }

    public static FundingEvaluation of(Path corpus, CorpusRun run) {
        return evaluate(corpus, file -> run.byFile().getOrDefault(file, List.of()));
    }

    public static FundingEvaluation of(Path corpus, DataStore store) {
        Map<String, List<LogicalDocument>> byFile = TableEvaluation.byFile(store);
        return evaluate(corpus, file -> byFile.getOrDefault(file, List.of()));
    }

    public static FundingEvaluation evaluate(Path corpus, Function<String, List<LogicalDocument>> docsOf) {
        return evaluateGold(corpus.resolve("gold"), docsOf);
    }

    /** Evaluates against the gold files in {@code goldDir} (the corpus's gold/ or samples/.meta/gold/). */
    public static FundingEvaluation evaluateGold(Path goldDir, Function<String, List<LogicalDocument>> docsOf) {
        List<Row> rows = new ArrayList<>();
        int textFacts = 0;
        for (Path goldFile : TableEvaluation.goldFiles(goldDir)) {
            JsonNode g = TableEvaluation.read(goldFile);
            boolean tableAmounts = false;
            for (JsonNode a : g.path("amounts")) {
                tableAmounts |= a.hasNonNull("in_table");
            }
            if (!tableAmounts) {
                continue; // nothing to score here; do not ask for (possibly parse) the file
            }
            String file = Path.of(g.path("file").asText()).getFileName().toString();
            List<LogicalDocument> docs = docsOf.apply(file);
            List<Table> tables = TableEvaluation.tablesOf(docs);
            List<FundingFact> facts = docs.stream().flatMap(d -> d.tags().funding().stream()).toList();
            textFacts += (int) facts.stream().filter(f -> f.tableId() == null).count();
            int from = 0;
            for (JsonNode gt : g.path("tables")) {
                String goldId = gt.path("id").asText();
                List<BigDecimal> gold = new ArrayList<>();
                g.path("amounts").forEach(a -> {
                    if (goldId.equals(a.path("in_table").asText(null))) {
                        gold.add(a.path("value").decimalValue());
                    }
                });
                int best = TableEvaluation.bestMatch(gt, tables, from);
                if (gold.isEmpty() || !gt.path("funding").asBoolean(true)) { // "funding": false: amounts no one receives
                    if (best >= 0) {
                        from = best + 1;
                    }
                    continue;
                }
                withoutTotals(gt, gold);
                Table t = best < 0 ? null : tables.get(best);
                if (best >= 0) {
                    from = best + 1;
                }
                // facts carry the table id of their own document (ids restart at t1 in each part of a bundle),
                // so the table is looked up within the documents holding it
                List<BigDecimal> values = t == null ? List.of() : docs.stream()
                        .filter(d -> d.tables().contains(t))
                        .flatMap(d -> d.tags().funding().stream())
                        .filter(f -> t.id() != null && t.id().equals(f.tableId()))
                        .map(FundingFact::value).toList();
                Map<BigDecimal, Integer> left = bag(gold);
                int right = 0;
                for (BigDecimal v : values) {
                    if (take(left, v)) {
                        right++;
                    }
                }
                rows.add(new Row(file, goldId, t == null ? null : t.id(), values.size(), right, gold.size(), right));
            }
        }
        return new FundingEvaluation(rows, textFacts);
    }

    /** Removes the amounts of the gold totals row (last sample row labelled "Totaal" or without label). */
    private static void withoutTotals(JsonNode gt, List<BigDecimal> gold) {
        JsonNode sample = gt.path("cells_sample");
        if (sample.size() < 2) {
            return;
        }
        JsonNode last = sample.get(sample.size() - 1);
        boolean totals = true;
        for (JsonNode cell : last) {
            String text = cell.asText().strip();
            if (!text.isEmpty() && DutchNumber.parse(text).isEmpty() && !text.toLowerCase(Locale.ROOT).startsWith("totaal")) {
                totals = false;
            }
        }
        if (!totals) {
            return;
        }
        Map<BigDecimal, Integer> bag = bag(gold);
        for (JsonNode cell : last) {
            DutchNumber.parse(cell.asText()).ifPresent(v -> {
                if (take(bag, v)) {
                    for (int i = gold.size() - 1; i >= 0; i--) {
                        if (gold.get(i).compareTo(v) == 0) {
                            gold.remove(i);
                            break;
                        }
                    }
                }
            });
        }
    }

    private static Map<BigDecimal, Integer> bag(List<BigDecimal> values) {
        Map<BigDecimal, Integer> bag = new HashMap<>();
        values.forEach(v -> bag.merge(v.stripTrailingZeros(), 1, Integer::sum));
        return bag;
    }

    private static boolean take(Map<BigDecimal, Integer> bag, BigDecimal v) {
        BigDecimal key = v.stripTrailingZeros();
        Integer n = bag.get(key);
        if (n == null || n == 0) {
            return false;
        }
        bag.put(key, n - 1);
        return true;
    }

    public void print(PrintStream out) {
        out.println("Funding facts from tables (values vs the gold table amounts; totals rows give no facts)");
        out.printf(Locale.ROOT, "  %-32s %-18s %-5s %-14s %-14s%n", "file", "gold table", "id", "precision", "recall");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "  %-32s %-18s %-5s %-14s %-14s%n", r.file().length() > 32 ? r.file().substring(0, 31) + "…" : r.file(),
                    r.goldId(), r.tableId() == null ? "-" : r.tableId(),
                    String.format(Locale.ROOT, "%d/%d", r.factsRight(), r.facts()),
                    String.format(Locale.ROOT, "%d/%d", r.goldFound(), r.gold()));
        }
        out.printf(Locale.ROOT, "  precision %.1f%%, recall %.1f%%; facts from running text: %d%n",
                100 * precision(), 100 * recall(), textFacts);
    }
}
