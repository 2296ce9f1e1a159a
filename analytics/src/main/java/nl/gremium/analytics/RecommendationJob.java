package nl.gremium.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gremium.export.ExportRow;
import nl.gremium.model.Outcome;
import nl.gremium.store.RecommendationStatus;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds follow-up evidence for every recommendation: passages of other documents (decisions,
 * actions, agenda items; whole documents that have no agenda items) that refer to the
 * recommendation's report ({@link FollowUpMatcher}). A passage counts only when it is from another document and is not
 * dated before the report; one of the issuer's own papers outside the board's meetings counts only where it states
 * how far the recommendations are (a follow-up study, not a cover letter).
 */
final class RecommendationJob {
    static final StructType EVIDENCE = Schemas.of(EvidenceRow.class);

    private static final UserDefinedFunction TEXT_KEYS = udf(
            (UDF1<String, String[]>) text -> FollowUpMatcher.keys(text).toArray(String[]::new),
            DataTypes.createArrayType(DataTypes.StringType));

    /** Papers of a board's own meetings: follow-up even when the board's organisation issued the report. */
    static final List<String> MEETING_KINDS = List.of("agenda", "minutes", "decision_list", "document_list", "proposal");

    private RecommendationJob() {}

    /** The recommendations' rows (collected: there are few per document). */
    static List<ExportRow.Recommendation> recommendations(RecordsDataset data) {
        return data.records("recommendation").collectAsList().stream()
                .map(r -> Schemas.fromRow(r, ExportRow.Recommendation.class)).toList();
    }

    /** What the passages are compared with: one recommendation's report terms and the facts the filters need. */
    record Target(String id, String docId, LocalDate date, String issuer, String addressee,
                  FollowUpMatcher.ReportTerms terms, int minKeys) implements Serializable {}

    /** Papers that propose, announce or list: they can mention a report but not show it being followed up. */
    static final List<String> CANNOT_CARRY = List.of("proposal", "agenda", "document_list", "schedule");

    /**
     * Every evidence link, unordered. The recommendations (few) are broadcast with an index from word
     * stem to recommendation; each passage is tokenised once and compared only with the
     * recommendations it shares enough stems with (two, or one when the report title has one word).
     */
    static List<EvidenceRow> evidence(SparkSession spark, RecordsDataset data, List<ExportRow.Recommendation> recs) {
        List<Target> targets = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        Map<String, List<Integer>> byTitle = new HashMap<>();
        Map<String, List<Integer>> byIssuer = new HashMap<>();
        for (ExportRow.Recommendation r : recs) {
            FollowUpMatcher.ReportTerms t = FollowUpMatcher.terms(r.reportTitle(), r.title(), r.source(), r.issuer(),
                    r.theme(), r.text()).numbered(r.number());
            for (String k : t.keys()) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(targets.size());
            }
            for (String k : t.titleKeys()) {
                byTitle.computeIfAbsent(k, x -> new ArrayList<>()).add(targets.size());
            }
            for (String k : t.issuerKeys()) {
                byIssuer.computeIfAbsent(k, x -> new ArrayList<>()).add(targets.size());
            }
            targets.add(new Target(r.id(), r.docId(), r.date(), r.issuer(), r.addressee(), t,
                    t.title().size() >= 2 ? 2 : 1));
        }
        if (targets.isEmpty()) {
            return List.of();
        }
        Broadcast<Lookup> lookup = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new Lookup(targets, index, byTitle, byIssuer, commonStems(data)));
        return passages(data).flatMap((FlatMapFunction<Row, Row>) p -> lookup.value().match(p).iterator(),
                        Encoders.row(EVIDENCE))
                .collectAsList().stream().map(r -> Schemas.fromRow(r, EvidenceRow.class)).toList();
    }

    /**
     * The broadcast side: recommendations, the stem indexes (all terms; title terms; issuer terms) and the stems
     * too common to identify an issuer.
     */
    record Lookup(List<Target> targets, Map<String, List<Integer>> index, Map<String, List<Integer>> byTitle,
                  Map<String, List<Integer>> byIssuer, Set<String> common)
            implements Serializable {

        List<Row> match(Row p) {
            List<FollowUpMatcher.Sentence> sentences = FollowUpMatcher.sentences(p.getAs("ptext"));
            // an issuer's own paper is read only where it states how far recommendations are (most of its papers don't)
            boolean states = FollowUpMatcher.statesProgress(sentences);
            int[] shared = new int[targets.size()];
            boolean[] title = new boolean[targets.size()];
            boolean[] issuer = new boolean[targets.size()];
            List<Integer> touched = new ArrayList<>();
            for (String k : FollowUpMatcher.keys(sentences)) {
                for (int i : index.getOrDefault(k, List.of())) {
                    if (shared[i]++ == 0) {
                        touched.add(i);
                    }
                }
                byTitle.getOrDefault(k, List.of()).forEach(i -> title[i] = true);
                byIssuer.getOrDefault(k, List.of()).forEach(i -> issuer[i] = true);
            }
            touched.sort(null); // in the recommendations' order, as the links are reported
            String pdoc = p.getAs("pdoc");
            LocalDate pdate = p.getAs("pdate");
            String pkind = p.getAs("pkind");
            String porg = p.getAs("porg");
            List<Row> out = new ArrayList<>();
            // blocking, with no cap that could drop evidence: only recommendations the passage can refer to as
            // FollowUpMatcher.match decides it (a word of the report's title, or its issuer with another of its
            // terms) and that share enough stems with it are compared
            for (int i : touched) {
                Target t = targets.get(i);
                boolean canRefer = title[i] || issuer[i] && shared[i] >= 2;
                if (!canRefer || shared[i] < t.minKeys() || pdoc.equals(t.docId())
                        || (t.date() != null && pdate != null && !pdate.isAfter(t.date()))) {
                    continue; // follow-up comes after the report
                }
                boolean ownPaper = FollowUpMatcher.issuedBy(porg, t.issuer());
                // the issuer's own later paper outside the board's meetings counts only where it states how far the
                // recommendations are (a rekenkamer's follow-up study: "aanbeveling 2 is deels opgevolgd"), never for
                // what it asks or mentions (the inspectorate's cover letter of its own report)
                boolean assessment = ownPaper && !MEETING_KINDS.contains(pkind);
                if (assessment && !states) {
                    continue;
                }
                boolean issuerUsable = FollowUpMatcher.issuerUsable(t.terms(), porg, ownPaper, common);
                FollowUpMatcher.match(t.terms(), sentences, p.getAs("ptype"), issuerUsable)
                        .filter(m -> !assessment || STATED.contains(m.rule()))
                        .map(m -> held(m, t, pkind, pdate, porg, assessment))
                        .map(m -> carried(m, p.getAs("poutcome")))
                        .ifPresent(m ->
                        out.add(Schemas.row(new EvidenceRow(t.id(), pdoc, p.getAs("ptitle"), pkind, pdate,
                                p.getAs("ptype"), p.getAs("precord"), m.snippet(), m.suggests().name(),
                                String.join(",", m.matched()), m.score(), m.rule()))));
            }
            return out;
        }
    }

    /** The rules by which a passage states where recommendations stand, rather than acting on them or mentioning them. */
    static final Set<String> STATED = Set.of(FollowUpMatcher.RULE_OWN_SUBJECT, FollowUpMatcher.RULE_IMPLEMENTED,
            FollowUpMatcher.RULE_DECLINED, FollowUpMatcher.RULE_ADOPTED);

    /**
     * What a passage can prove for one recommendation: only a dated paper after the report (after its date, or
     * referring to the report itself when it prints none), of a kind that records what was done (not a proposal,
     * agenda or list of incoming papers), from an organisation that can act for the recommendation's addressee (or
     * the issuer assessing its own recommendations: {@code assessment}), moves it beyond open; otherwise the
     * reference is shown as a mention.
     */
    static FollowUpMatcher.Match held(FollowUpMatcher.Match m, Target t, String pkind, LocalDate pdate, String porg,
                                      boolean assessment) {
        if (pdate == null) {
            return m.atMostOpen("undated: it cannot be shown to follow the report");
        }
        // a passage that refers to the report itself comes after it even when the report prints no date;
        // one that only shares its subject does not
        if (t.date() == null && FollowUpMatcher.RULE_OWN_SUBJECT.equals(m.rule())) {
            return m.atMostOpen("the report is undated: a passage on the same subject cannot be shown to follow it");
        }
        if (CANNOT_CARRY.contains(pkind)) {
            return m.atMostOpen("a " + pkind.replace('_', ' ') + " proposes or lists; it does not show follow-up");
        }
        if (!assessment && !Addressees.canAnswer(t.addressee(), porg)) {
            return m.atMostOpen(porg + " does not act for the addressee (" + t.addressee() + ")");
        }
        return m;
    }

    /**
     * What a decision proves given how it turned out (its outcome's wire name, as the records dataset holds it; null
     * when the paper prints none, as a college's decision list): only a decision taken carries follow-up. "Rapport
     * Grip op jeugdhulp: voor kennisgeving aangenomen": the board noted the report and did nothing with the
     * recommendation a controller could follow; a motion to carry the recommendations out that was voted down,
     * withdrawn or put off did nothing either.
     */
    static FollowUpMatcher.Match carried(FollowUpMatcher.Match m, String outcome) {
        if (outcome == null || TAKEN.contains(outcome)) {
            return m;
        }
        return m.atMostOpen(Outcome.noted.name().equals(outcome) ? "the decision only takes note of the report"
                : "the decision was not taken (" + outcome.replace('_', ' ') + ")");
    }

    private static final Set<String> TAKEN = Set.of(Outcome.adopted.name(), Outcome.adopted_amended.name());

    /** Decisions, actions, agenda items, and documents without agenda items, as (pid, pdoc, …, ptext, poutcome). */
    static Dataset<Row> passages(RecordsDataset data) {
        Column none = lit(null).cast("string");
        Dataset<Row> decisions = data.records("decision").select(col("docId"), col("title"), col("kind"),
                col("organisation"), col("date"), lit("decision"), col("id"), concat_ws(" ", col("agendaTitle"), col("text")),
                col("outcome"));
        Dataset<Row> actions = data.records("action").select(col("docId"), col("title"), col("kind"),
                col("organisation"), col("date"), lit("action"), col("id"), col("text"), none);
        Dataset<Row> items = data.agendaItems().select(col("docId"), col("title"), col("kind"), col("organisation"),
                col("date"), lit("agenda_item"), col("agendaItem"), concat_ws(" ", col("agendaTitle"), col("text")), none);
        Dataset<Row> docs = data.documents().filter(coalesce(col("agendaItems"), lit(0)).equalTo(0))
                .select(col("docId"), col("title"), col("kind"), col("organisation"), col("date"), lit("document"),
                        none, col("text"), none);
        Column[] names = {col("pdoc"), col("ptitle"), col("pkind"), col("porg"), col("pdate"), col("ptype"),
                col("precord"), col("ptext"), col("poutcome")};
        Dataset<Row> all = rename(decisions).unionAll(rename(actions)).unionAll(rename(items)).unionAll(rename(docs));
        return all.withColumn("pid", concat_ws("|", col("ptype"), col("pdoc"), coalesce(col("precord"), lit(""))))
                .select(concat(names));
    }

    private static Column[] concat(Column[] names) {
        Column[] out = new Column[names.length + 1];
        out[0] = col("pid");
        System.arraycopy(names, 0, out, 1, names.length);
        return out;
    }

    private static Dataset<Row> rename(Dataset<Row> d) {
        return d.toDF("pdoc", "ptitle", "pkind", "porg", "pdate", "ptype", "precord", "ptext", "poutcome");
    }

    /**
     * Stems found in more than half of all documents. An issuer whose name is one of them (the board's
     * own organisation, named on every page) says nothing about which report a passage means.
     */
    static HashSet<String> commonStems(RecordsDataset data) {
        Dataset<Row> docs = data.documents();
        long n = docs.count();
        return new HashSet<>(docs.select(col("docId"), explode(TEXT_KEYS.apply(col("text"))).as("key"))
                .distinct().groupBy("key").count().filter(col("count").gt(n / 2.0)).select("key")
                .as(Encoders.STRING()).collectAsList());
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
        l.sort(Comparator.comparing(EvidenceRow::date, Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(EvidenceRow::docId).thenComparing(e -> String.valueOf(e.recordId())));
        return l;
    }
}
