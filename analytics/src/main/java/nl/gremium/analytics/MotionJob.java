package nl.gremium.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.gremium.model.Outcome;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Motion and amendment trends: per body per month and per submitting party (a motion of two parties
 * counts for each), by outcome. Motions without a body count under "(onbekend)"; undated ones count per
 * party but in no month; motions without a party per month only.
 */
final class MotionJob {
    private MotionJob() {}

    static MotionReport run(RecordsDataset data) {
        Dataset<Row> m = data.records("motion")
                .withColumn("body", coalesce(trim(col("body")), lit(RecommendationStatuses.UNKNOWN)))
                .withColumn("o", coalesce(col("outcome"), lit(""))).cache();
        List<MotionCount> perMonth = counts(m.filter(col("date").isNotNull())
                .withColumn("period", date_format(col("date"), "yyyy-MM"))
                .withColumn("party", lit(null).cast("string")));
        // parties are printed "VVD, D66" (ExportRow.Motion)
        List<MotionCount> perParty = counts(m.withColumn("party", explode(split(col("parties"), ",\\s*")))
                .withColumn("party", trim(col("party"))).filter(col("party").notEqual(""))
                .withColumn("body", lit(null).cast("string")).withColumn("period", lit(null).cast("string")));
        m.unpersist();
        return new MotionReport(perMonth, perParty);
    }

    /** Counts per (body, period, party, kind); the grouping a table does not use is a constant null. */
    private static List<MotionCount> counts(Dataset<Row> d) {
        Column[] group = {col("body"), col("period"), col("party"), col("motionKind")};
        return d.groupBy(group).agg(count(lit(1)).as("total"),
                        is(Outcome.adopted, Outcome.adopted_amended).as("adopted"), is(Outcome.rejected).as("rejected"),
                        is(Outcome.withdrawn).as("withdrawn"))
                .orderBy(group).collectAsList().stream().map(r -> {
                    long total = r.getAs("total");
                    long adopted = r.getAs("adopted");
                    long rejected = r.getAs("rejected");
                    long withdrawn = r.getAs("withdrawn");
                    return new MotionCount(r.getAs("body"), r.getAs("period"), r.getAs("party"), r.getAs("motionKind"),
                            total, adopted, rejected, withdrawn, total - adopted - rejected - withdrawn);
                }).toList();
    }

    private static Column is(Outcome... outcomes) {
        Column any = lit(false);
        for (Outcome o : outcomes) {
            any = any.or(col("o").equalTo(o.name()));
        }
        return sum(when(any, 1L).otherwise(0L));
    }
}
