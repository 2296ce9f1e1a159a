package nl.gremium.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Funding history from the funding facts of the letters. Letters are ordered by date (undated
 * letters first, then by id, so a dated letter always counts as newer); within one letter the last
 * statement for a year (by page, then table) is that letter's value. A revision is a letter whose
 * value for a year differs from the previous letter's; the latest known value is the newest letter's.
 * The same letter ingested twice (same title, date and values, e.g. on its own and inside a
 * meeting bundle) counts once.
 */
final class FundingJob {
    static final String UNKNOWN_STREAM = "(onbekend)";

    private FundingJob() {}

    record Result(FundingReport report, List<FundingStatementRow> statements, List<FundingRevisionRow> revisions) {}

    static Result run(RecordsDataset data) {
        Dataset<Row> f = data.records("funding")
                .filter(col("organisation").isNotNull().and(col("year").isNotNull()).and(col("value").isNotNull()))
                .withColumn("organisation", trim(col("organisation")))
                .withColumn("stream", coalesce(trim(col("stream")), lit(UNKNOWN_STREAM)))
                // one letter ingested twice (on its own and inside a meeting bundle) states each value once
                .dropDuplicates("organisation", "stream", "year", "title", "date", "fundingKind", "value");
        Column[] key = {col("organisation"), col("stream"), col("year")};
        WindowSpec inLetter = Window.partitionBy(append(key, col("docId")))
                .orderBy(col("page").desc_nulls_last(), col("tableId").desc_nulls_last(), col("id").desc());
        WindowSpec letters = Window.partitionBy(key).orderBy(col("date").asc_nulls_first(), col("docId"));
        WindowSpec newestFirst = Window.partitionBy(key).orderBy(col("date").desc_nulls_last(), col("docId").desc());
        Dataset<Row> perLetter = f.withColumn("rn", row_number().over(inLetter)).filter(col("rn").equalTo(1))
                .withColumn("fromValue", lag("value", 1).over(letters))
                .withColumn("fromDoc", lag("docId", 1).over(letters))
                .withColumn("fromTitle", lag("title", 1).over(letters))
                .withColumn("fromDate", lag("date", 1).over(letters))
                .withColumn("newest", row_number().over(newestFirst)).cache();

        List<FundingRevisionRow> revisions = perLetter
                .filter(col("fromDoc").isNotNull().and(col("value").notEqual(col("fromValue"))))
                .select(col("organisation"), col("stream"), col("year"), col("fromDoc"), col("fromTitle"),
                        col("fromDate"), col("fromValue"), col("docId").as("toDoc"), col("title").as("toTitle"),
                        col("date").as("toDate"), col("value").as("toValue"), col("fundingKind").as("toKind"),
                        col("value").minus(col("fromValue")).as("delta"))
                .collectAsList().stream().map(r -> Schemas.fromRow(r, FundingRevisionRow.class)).toList();
        List<Row> latestRows = perLetter.filter(col("newest").equalTo(1)).select("docId", "id")
                .collectAsList();
        Set<String> latestIds = new HashSet<>();
        latestRows.forEach(r -> latestIds.add(r.getAs("docId") + "|" + r.getAs("id")));
        perLetter.unpersist();

        List<FundingStatementRow> statements = f.collectAsList().stream()
                .map(r -> new FundingStatementRow(r.getAs("organisation"), r.getAs("stream"), r.getAs("year"),
                        r.getAs("docId"), r.getAs("title"), r.getAs("date"), r.getAs("fundingKind"),
                        Schemas.fromRow(r, ValueOnly.class).value(), r.getAs("tableId"), r.getAs("page"),
                        latestIds.contains(r.getAs("docId") + "|" + r.getAs("id"))))
                .sorted(Comparator.comparing(FundingStatementRow::organisation).thenComparing(FundingStatementRow::stream)
                        .thenComparing(FundingStatementRow::year)
                        .thenComparing(FundingStatementRow::docDate, Comparator.nullsFirst(LocalDate::compareTo))
                        .thenComparing(FundingStatementRow::docId)
                        .thenComparing(s -> s.page() == null ? 0 : s.page()))
                .toList();
        return new Result(report(statements, revisions), statements, revisions);
    }

    /** Reads just the value column through {@link Schemas#fromRow}, which normalises decimal scale. */
    record ValueOnly(BigDecimal value) {}

    private static FundingReport report(List<FundingStatementRow> statements, List<FundingRevisionRow> revisions) {
        Map<List<String>, TreeMap<Integer, List<FundingStatementRow>>> series = new LinkedHashMap<>();
        for (FundingStatementRow s : statements) {
            series.computeIfAbsent(List.of(s.organisation(), s.stream()), k -> new TreeMap<>())
                    .computeIfAbsent(s.year(), k -> new ArrayList<>()).add(s);
        }
        Map<List<String>, List<FundingRevision>> revs = new LinkedHashMap<>();
        revisions.stream().sorted(Comparator.comparing(FundingRevisionRow::year)
                        .thenComparing(FundingRevisionRow::toDate, Comparator.nullsFirst(LocalDate::compareTo)))
                .forEach(r -> revs.computeIfAbsent(List.of(r.organisation(), r.stream()), k -> new ArrayList<>())
                        .add(r.toRevision()));
        List<FundingSeries> out = new ArrayList<>();
        for (var e : series.entrySet()) {
            List<FundingYear> years = new ArrayList<>();
            for (var y : e.getValue().entrySet()) {
                FundingStatementRow latest = y.getValue().stream().filter(FundingStatementRow::latest).findFirst()
                        .orElse(y.getValue().get(y.getValue().size() - 1));
                years.add(new FundingYear(y.getKey(), latest.value(), latest.kind(), latest.docId(), latest.docDate(),
                        y.getValue().stream().map(s -> new FundingStatement(s.docId(), s.title(), s.docDate(), s.kind(),
                                s.value(), s.tableId(), s.page())).toList()));
            }
            out.add(new FundingSeries(e.getKey().get(0), e.getKey().get(1), years,
                    revs.getOrDefault(e.getKey(), List.of())));
        }
        return new FundingReport(out);
    }

    private static Column[] append(Column[] a, Column c) {
        Column[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = c;
        return out;
    }
}
