package nl.gremium.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.gremium.export.ExportRow;
import nl.gremium.store.StatusEntry;
import nl.gremium.store.StatusStore;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * All analytics jobs over one records dataset, with progress lines: recommendations (status,
 * evidence, counts, trend), funding history, decision trends. Inputs and outputs are Hadoop paths,
 * so the same code runs embedded on the data folder and on a cluster via spark-submit.
 *
 * @param records the records folder ({@link RecordsExport})
 * @param status  the status folder ({@link StatusStore}'s history.jsonl inside), may be missing
 * @param out     the output folder (JSON for the UI, parquet/ and csv/ for users)
 * @param asOf    the day ages and trends run to
 */
public record AnalyticsJob(String records, String status, String out, LocalDate asOf) {
    static final StructType STATUS = Schemas.of(StatusEntry.class);

    /** What one run produced, for the caller's summary and for tests. */
    public record Result(RecommendationsReport recommendations, FundingReport funding, DecisionReport decisions) {}

    public Result run(SparkSession spark, Consumer<String> progress) {
        RecordsDataset data = new RecordsDataset(spark, records);
        ResultWriter w = new ResultWriter(spark, out);

        long t = System.nanoTime();
        // an undated report gets the date the incoming-papers list gives it: evidence must follow it, age counts from it
        List<ExportRow.Recommendation> recs = ReportDates.fill(data, RecommendationJob.recommendations(data));
        List<EvidenceRow> evidence = RecommendationJob.evidence(spark, data, recs);
        RecommendationsReport rr = RecommendationStatuses.report(recs, evidence, controllerStatuses(spark), asOf);
        w.json(AnalyticsFiles.RECOMMENDATIONS, rr);
        w.table("recommendations", RecommendationRow.class,
                rr.recommendations().stream().map(RecommendationRow::of).toList());
        w.table("recommendation_evidence", EvidenceRow.class, RecommendationJob.sorted(evidence));
        w.table("recommendations_by_issuer", StatusCount.class, rr.byIssuer());
        w.table("recommendations_by_addressee", StatusCount.class, rr.byAddressee());
        w.table("recommendations_by_theme", StatusCount.class, rr.byTheme());
        w.table("recommendations_trend", MonthStatus.class, rr.trend());
        long withEvidence = rr.recommendations().stream().filter(v -> !v.evidence().isEmpty()).count();
        progress.accept(String.format(Locale.ROOT, "analytics: recommendations: %d (%d with follow-up evidence, %d evidence links) %s",
                recs.size(), withEvidence, evidence.size(), secs(t)));

        t = System.nanoTime();
        FundingJob.Result fr = FundingJob.run(data);
        w.json(AnalyticsFiles.FUNDING, fr.report());
        w.table("funding_statements", FundingStatementRow.class, fr.statements());
        w.table("funding_revisions", FundingRevisionRow.class, fr.revisions());
        progress.accept(String.format(Locale.ROOT, "analytics: funding: %d series, %d statements, %d revisions %s",
                fr.report().series().size(), fr.statements().size(), fr.revisions().size(), secs(t)));

        t = System.nanoTime();
        DecisionReport dr = DecisionJob.run(data);
        w.json(AnalyticsFiles.DECISIONS, dr);
        w.table("decisions_per_month", PeriodCount.class, dr.perMonth());
        w.table("decisions_per_quarter", PeriodCount.class, dr.perQuarter());
        w.table("decisions_per_body", BodyOutcomes.class, dr.perBody());
        w.table("recurring_topics", RecurringTopic.class, dr.recurringTopics());
        progress.accept(String.format(Locale.ROOT, "analytics: decisions: %d bodies, %d body-months, %d recurring topics %s",
                dr.perBody().size(), dr.perMonth().size(), dr.recurringTopics().size(), secs(t)));
        return new Result(rr, fr.report(), dr);
    }

    /** The controllers' entries, read through Spark so the status folder can be any Hadoop path too. */
    private List<StatusEntry> controllerStatuses(SparkSession spark) {
        Path p = new Path(status + "/" + StatusStore.FILE_NAME);
        try {
            if (status == null || !p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + p + ": " + e.getMessage(), e);
        }
        // DROPMALFORMED: a line torn by a crash was never acknowledged (see StatusStore)
        List<StatusEntry> out = new ArrayList<>();
        spark.read().schema(STATUS).option("mode", "DROPMALFORMED").json(p.toString()).collectAsList()
                .forEach(r -> out.add(Schemas.fromRow(r, StatusEntry.class)));
        return out;
    }

    private static String secs(long start) {
        return String.format(Locale.ROOT, "(%.1fs)", (System.nanoTime() - start) / 1e9);
    }
}
