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
import java.util.function.Function;
import java.util.stream.Stream;
import nl.gremium.model.Cell;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Table;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import nl.gremium.text.Whitespace;

/**
 * Scores extracted tables against the corpus gold ({@code gold/*.json → tables}): for every gold table,
 * the extracted table of the same file that best matches it, its row and column counts (header rows
 * included) and the share of the gold sample cells (first and last body row) found in the right row.
 * A gold table passes when both counts match and at least {@value #CELL_SHARE} of its sample cells are
 * found.
 */
public final class TableEvaluation {
    public static final double CELL_SHARE = 0.95;

    /** The score of one gold table; {@code matched} is false when no extracted table shares a cell with it. */
    public record Score(String file, String goldId, boolean matched, String tableId, int page, int goldRows, int rows,
                        int goldCols, int cols, int goldHeaderRows, int headerRows, int cellsFound,
                        int cellsTotal, Boolean captionOk) {
        public boolean shapeOk() {
            return goldRows == rows && goldCols == cols;
        }

        public double cellShare() {
            return cellsTotal == 0 ? 1 : (double) cellsFound / cellsTotal;
        }

        public boolean pass() {
            return matched && shapeOk() && cellShare() >= CELL_SHARE;
        }
    }

    private final List<Score> scores;
    private final int extractedTables;

    private TableEvaluation(List<Score> scores, int extractedTables) {
        this.scores = List.copyOf(scores);
        this.extractedTables = extractedTables;
    }

    public List<Score> scores() {
        return scores;
    }

    /** Gold tables whose extracted table has the right shape and ≥ 95% of the sample cells. */
    public long passed() {
        return scores.stream().filter(Score::pass).count();
    }

    public int extractedTables() {
        return extractedTables;
    }

    public double cellShare() {
        int found = scores.stream().mapToInt(Score::cellsFound).sum();
        int total = scores.stream().mapToInt(Score::cellsTotal).sum();
        return total == 0 ? 1 : (double) found / total;
    }

    /** Evaluates the documents of a corpus run (tables of all parts of each file, in order). */
    public static TableEvaluation of(Path corpus, CorpusRun run) {
        var byFile = run.byFile();
        return evaluate(corpus, file -> tablesOf(byFile.getOrDefault(file, List.of())));
    }

    /** Evaluates the documents already in a data folder (the corpus files ingested into it). */
    public static TableEvaluation of(Path corpus, DataStore store) {
        Map<String, List<LogicalDocument>> byFile = byFile(store);
        return evaluate(corpus, file -> tablesOf(byFile.getOrDefault(file, List.of())));
    }

    static Map<String, List<LogicalDocument>> byFile(DataStore store) {
        return CorpusRun.byFile(store);
    }

    /** Evaluates against the gold of {@code corpus}, asking {@code tablesOf} for the tables of each file name. */
    public static TableEvaluation evaluate(Path corpus, Function<String, List<Table>> tablesOf) {
        return evaluateGold(corpus.resolve("gold"), tablesOf);
    }

    /** Evaluates against the gold files in {@code goldDir} (the corpus's gold/ or samples/.meta/gold/). */
    public static TableEvaluation evaluateGold(Path goldDir, Function<String, List<Table>> tablesOf) {
        List<Score> scores = new ArrayList<>();
        int extracted = 0;
        for (Path gold : goldFiles(goldDir)) {
            JsonNode g = read(gold);
            JsonNode goldTables = g.path("tables");
            String file = Path.of(g.path("file").asText()).getFileName().toString();
            List<Table> tables = tablesOf.apply(file);
            extracted += tables.size();
            int from = 0;
            for (JsonNode gt : goldTables) {
                int best = bestMatch(gt, tables, from);
                Table t = best < 0 ? null : tables.get(best);
                if (best >= 0) {
                    from = best + 1;
                }
                scores.add(score(file, gt, t));
            }
        }
        return new TableEvaluation(scores, extracted);
    }

    static List<Path> goldFiles(Path goldDir) {
        try (Stream<Path> s = Files.list(goldDir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold files in " + goldDir, e);
        }
    }

    static JsonNode read(Path p) {
        try {
            return Json.mapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + p + ": " + e.getMessage(), e);
        }
    }

    /**
     * The extracted table sharing most header and sample cells with the gold table, preferring tables after
     * the previous match (gold tables are listed in document order); -1 when none shares any cell.
     */
    static int bestMatch(JsonNode gt, List<Table> tables, int from) {
        Set<String> goldCells = new HashSet<>();
        Stream.concat(stream(gt.path("header")), stream(gt.path("cells_sample")))
                .forEach(row -> row.forEach(c -> {
                    if (!norm(c.asText()).isEmpty()) {
                        goldCells.add(norm(c.asText()));
                    }
                }));
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < tables.size(); i++) {
            Set<String> cells = new HashSet<>();
            tables.get(i).rows().forEach(r -> r.forEach(c -> cells.add(norm(c.text()))));
            long shared = goldCells.stream().filter(cells::contains).count();
            double s = shared + (i >= from ? 0.5 : 0) - 0.01 * Math.abs(tables.get(i).rowCount() - gt.path("n_rows").asInt());
            if (shared > 0 && s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static Score score(String file, JsonNode gt, Table t) {
        int goldRows = gt.path("n_rows").asInt();
        int goldCols = gt.path("n_cols").asInt();
        int goldHeader = gt.path("header_rows").asInt();
        List<JsonNode> sample = stream(gt.path("cells_sample")).toList();
        int total = sample.stream().mapToInt(JsonNode::size).sum();
        if (t == null) {
            return new Score(file, gt.path("id").asText(), false, null, 0, goldRows, 0, goldCols, 0, goldHeader, 0, 0, total,
                    captionOk(gt, null));
        }
        // the sample is the first and the last body row; a single body row is listed once
        List<Integer> rowIndex = sample.size() == 1 ? List.of(goldHeader) : List.of(goldHeader, goldRows - 1);
        int found = 0;
        for (int k = 0; k < sample.size(); k++) {
            List<Cell> row = rowIndex.get(k) < t.rowCount() ? t.rows().get(rowIndex.get(k)) : List.of();
            JsonNode goldRow = sample.get(k);
            for (int c = 0; c < goldRow.size(); c++) {
                String want = norm(goldRow.get(c).asText());
                if (c < row.size() && norm(row.get(c).text()).equals(want)) {
                    found++;
                }
            }
        }
        return new Score(file, gt.path("id").asText(), true, t.id(), t.page(), goldRows, t.rowCount(), goldCols,
                t.columnCount(), goldHeader, t.headerRows(), found, total, captionOk(gt, t));
    }

    /** For a caption printed in the document: does the table carry it (whitespace aside)? Else null. */
    private static Boolean captionOk(JsonNode gt, Table t) {
        if (!gt.path("caption_in_document").asBoolean(false)) {
            return null;
        }
        return t != null && norm(gt.path("caption").asText()).equals(norm(t.caption()));
    }

    /** Whitespace normalised, as the gold cells are. */
    static String norm(String s) {
        return Whitespace.normalize(s);
    }

    public void print(PrintStream out) {
        out.println("Tables (gold: rows, columns incl. header rows; sample cells in the right row)");
        out.printf(Locale.ROOT, "  %-40s %-28s %-5s %-9s %-9s %-7s %-9s %s%n",
                "file", "gold table", "id", "rows", "cols", "header", "cells", "");
        for (Score s : scores) {
            out.printf(Locale.ROOT, "  %-40s %-28s %-5s %-9s %-9s %-7s %-9s %s%n",
                    abbreviate(s.file(), 40), abbreviate(s.goldId(), 28), s.tableId() == null ? "-" : s.tableId(),
                    s.rows() + "/" + s.goldRows(), s.cols() + "/" + s.goldCols(),
                    s.headerRows() + "/" + s.goldHeaderRows(), s.cellsFound() + "/" + s.cellsTotal(),
                    s.pass() ? "ok" : !s.matched() ? "MISSING" : "FAIL");
        }
        out.printf(Locale.ROOT, "  gold tables passing: %d/%d; shape right: %d/%d; header rows right: %d/%d;"
                        + " sample cells in the right row: %.1f%%; captions printed in the document found: %d/%d;"
                        + " extracted tables in these files: %d%n",
                passed(), scores.size(), scores.stream().filter(Score::shapeOk).count(), scores.size(),
                scores.stream().filter(s -> s.matched() && s.headerRows() == s.goldHeaderRows()).count(), scores.size(),
                100 * cellShare(), scores.stream().filter(s -> Boolean.TRUE.equals(s.captionOk())).count(),
                scores.stream().filter(s -> s.captionOk() != null).count(), extractedTables);
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** Tables of all parts of the documents, in part order (a helper for callers holding documents). */
    public static List<Table> tablesOf(List<LogicalDocument> docs) {
        return docs.stream().flatMap(d -> d.tables().stream()).toList();
    }
}
