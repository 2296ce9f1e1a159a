package nl.gremium.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.gremium.export.RecordRow;
import nl.gremium.store.RecommendationStatus;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds follow-up evidence for every recommendation: passages of other documents (decisions,
 * actions, agenda items; whole documents that have no agenda items) that refer to the
 * recommendation's report ({@link FollowUpMatcher}). Candidate pairs come from an equi-join on
 * word stems, so the work grows with shared vocabulary rather than with recommendations ×
 * passages. A passage counts only when it is from another document, is not dated before the
 * report, and is not one of the issuer's own papers outside the board's meetings (a cover letter).
 */
final class RecommendationJob {
    static final StructType EVIDENCE = Schemas.of(EvidenceRow.class);

    private static final UserDefinedFunction REC_KEYS = udf(
            (UDF6<String, String, String, String, String, String, String[]>)
                    (reportTitle, doc, source, issuer, theme, text) -> FollowUpMatcher.terms(reportTitle, doc, source,
                            issuer, theme, text).keys().toArray(String[]::new),
            DataTypes.createArrayType(DataTypes.StringType));
    private static final UserDefinedFunction TEXT_KEYS = udf(
            (UDF1<String, String[]>) text -> FollowUpMatcher.keys(text).toArray(String[]::new),
            DataTypes.createArrayType(DataTypes.StringType));

    /** Papers of a board's own meetings: follow-up even when the board's organisation issued the report. */
    static final List<String> MEETING_KINDS = List.of("agenda", "minutes", "decision_list", "document_list", "proposal");

    private RecommendationJob() {}

    /** The recommendations as {@link RecordRow}s (collected: there are few per document). */
    static List<RecordRow> recommendations(RecordsDataset data) {
        return data.records("recommendation").collectAsList().stream()
                .map(r -> Schemas.fromRow(r, RecordRow.class)).toList();
    }

    /** Every evidence link, unordered. */
    static List<EvidenceRow> evidence(RecordsDataset data) {
        Dataset<Row> recs = data.records("recommendation").select(col("id").as("rec"), col("docId").as("recDoc"),
                col("doc").as("recTitle"), col("source").as("recSource"), col("reportTitle"), col("issuer"),
                col("theme"), col("text").as("recText"), col("date").as("recDate"));
        Dataset<Row> passages = passages(data);
        Dataset<Row> recKeys = recs.select(col("rec"),
                explode(REC_KEYS.apply(col("reportTitle"), col("recTitle"), col("recSource"), col("issuer"),
                        col("theme"), col("recText"))).as("key"));
        Dataset<Row> passageKeys = passages.select(col("pid"), explode(TEXT_KEYS.apply(col("ptext"))).as("key"));
        Dataset<Row> pairs = recKeys.join(passageKeys, "key").select("rec", "pid").distinct();
        Dataset<Row> joined = pairs.join(recs, "rec").join(passages, "pid")
                .filter(col("pdoc").notEqual(col("recDoc")))
                .filter(col("recDate").isNull().or(col("pdate").isNull()).or(col("pdate").geq(col("recDate"))));
        java.util.HashSet<String> common = commonStems(data);
        return joined.flatMap((FlatMapFunction<Row, Row>) r -> match(r, common), Encoders.row(EVIDENCE))
                .collectAsList().stream().map(r -> Schemas.fromRow(r, EvidenceRow.class)).toList();
    }

    /** Decisions, actions, agenda items, and documents without agenda items, as (pid, pdoc, …, ptext). */
    static Dataset<Row> passages(RecordsDataset data) {
        Dataset<Row> decisions = data.records("decision").select(col("docId"), col("doc"), col("docType"),
                col("organisation"), col("date"), lit("decision"), col("id"), concat_ws(" ", col("agendaTitle"), col("text")));
        Dataset<Row> actions = data.records("action").select(col("docId"), col("doc"), col("docType"),
                col("organisation"), col("date"), lit("action"), col("id"), col("text"));
        Dataset<Row> items = data.agendaItems().select(col("docId"), col("doc"), col("docKind"), col("organisation"),
                col("date"), lit("agenda_item"), col("number"), concat_ws(" ", col("title"), col("text")));
        Dataset<Row> docs = data.documents().filter(coalesce(col("agendaItems"), lit(0)).equalTo(0))
                .select(col("docId"), col("title"), col("kind"), col("organisation"), col("date"), lit("document"),
                        lit(null).cast("string"), col("text"));
        Column[] names = {col("pdoc"), col("ptitle"), col("pkind"), col("porg"), col("pdate"), col("ptype"),
                col("precord"), col("ptext")};
        Dataset<Row> all = rename(decisions).unionAll(rename(actions)).unionAll(rename(items)).unionAll(rename(docs));
        return all.withColumn("pid", concat_ws("|", col("ptype"), col("pdoc"), coalesce(col("precord"), lit(""))))
                .dropDuplicates("pid").select(concat(names));
    }

    private static Column[] concat(Column[] names) {
        Column[] out = new Column[names.length + 1];
        out[0] = col("pid");
        System.arraycopy(names, 0, out, 1, names.length);
        return out;
    }

    private static Dataset<Row> rename(Dataset<Row> d) {
        return d.toDF("pdoc", "ptitle", "pkind", "porg", "pdate", "ptype", "precord", "ptext");
    }

    /**
     * Stems found in more than half of all documents. An issuer whose name is one of them (the board's
     * own organisation, named on every page) says nothing about which report a passage means.
     */
    static java.util.HashSet<String> commonStems(RecordsDataset data) {
        Dataset<Row> docs = data.documents();
        long n = docs.count();
        return new java.util.HashSet<>(docs.select(col("docId"), explode(TEXT_KEYS.apply(col("text"))).as("key"))
                .distinct().groupBy("key").count().filter(col("count").gt(n / 2.0)).select("key")
                .as(Encoders.STRING()).collectAsList());
    }

    private static java.util.Iterator<Row> match(Row r, java.util.Set<String> commonStems) {
        String issuer = r.getAs("issuer");
        boolean ownPaper = FollowUpMatcher.issuedBy(r.getAs("porg"), issuer);
        if (ownPaper && !MEETING_KINDS.contains(r.<String>getAs("pkind"))) {
            return Collections.emptyIterator(); // e.g. the inspectorate's cover letter of its own report
        }
        FollowUpMatcher.ReportTerms terms = FollowUpMatcher.terms(r.getAs("reportTitle"), r.getAs("recTitle"),
                r.getAs("recSource"), issuer, r.getAs("theme"), r.getAs("recText"));
        String head = terms.issuerHead();
        boolean issuerUsable = head != null && !ownPaper && !commonStems.contains(FollowUpMatcher.stem(head));
        Optional<FollowUpMatcher.Match> m = FollowUpMatcher.match(terms, r.getAs("ptext"), r.getAs("ptype"),
                issuerUsable);
        if (m.isEmpty()) {
            return Collections.emptyIterator();
        }
        FollowUpMatcher.Match x = m.get();
        return List.of(Schemas.row(new EvidenceRow(r.getAs("rec"), r.getAs("pdoc"), r.getAs("ptitle"),
                r.getAs("pkind"), r.getAs("pdate"), r.getAs("ptype"), r.getAs("precord"), x.snippet(),
                x.suggests().name(), String.join(",", x.matched()), x.score()))).iterator();
    }

    static RecommendationStatus strongest(List<EvidenceRow> ev) {
        RecommendationStatus s = null;
        for (EvidenceRow e : ev) {
            RecommendationStatus x = RecommendationStatus.parse(e.suggests());
            if (s == null || x.ordinal() > s.ordinal()) {
                s = x;
            }
        }
        return s;
    }

    static List<EvidenceRow> sorted(List<EvidenceRow> ev) {
        List<EvidenceRow> l = new ArrayList<>(ev);
        l.sort(java.util.Comparator.comparing(EvidenceRow::date, java.util.Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(EvidenceRow::docId).thenComparing(e -> String.valueOf(e.recordId())));
        return l;
    }
}
