package nl.gremium.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.List;
import nl.gremium.model.Outcome;
import nl.gremium.text.AgendaTopic;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Decision trends: decisions per body per month and quarter by outcome, noted versus decided and
 * the share adopted as proposed per body, and agenda topics that recur across meetings. Decisions
 * without a body count under "(onbekend)"; decisions without a date count per body but in no period.
 */
final class DecisionJob {
    /** Agenda, minutes and decision lists carry a meeting's topics; other documents' sections are not agenda topics. */
    static final List<String> MEETING_KINDS = List.of("agenda", "minutes", "decision_list");
    private static final UserDefinedFunction TOPIC = udf((UDF1<String, String>) DecisionJob::topic,
            DataTypes.StringType);

    private DecisionJob() {}

    static DecisionReport run(RecordsDataset data) {
        Dataset<Row> d = data.records("decision")
                .withColumn("body", coalesce(trim(col("body")), lit(RecommendationStatuses.UNKNOWN)))
                .withColumn("o", coalesce(col("outcome"), lit(""))).cache();
        Dataset<Row> dated = d.filter(col("date").isNotNull());
        List<PeriodCount> perMonth = periods(dated, date_format(col("date"), "yyyy-MM"));
        List<PeriodCount> perQuarter = periods(dated,
                concat(year(col("date")).cast("string"), lit("-Q"), quarter(col("date")).cast("string")));
        List<BodyOutcomes> perBody = d.groupBy("body").agg(count(lit(1)).as("total"), is(Outcome.noted).as("noted"),
                        is(Outcome.adopted).as("adopted"))
                .orderBy("body").collectAsList().stream()
                .map(r -> BodyOutcomes.of(r.getAs("body"), r.<Long>getAs("total"), r.<Long>getAs("noted"), r.<Long>getAs("adopted")))
                .toList();
        d.unpersist();
        return new DecisionReport(perMonth, perQuarter, perBody, recurringTopics(data));
    }

    private static List<PeriodCount> periods(Dataset<Row> d, Column period) {
        return d.withColumn("period", period).groupBy("body", "period")
                .agg(count(lit(1)).as("total"), is(Outcome.adopted).as("adopted"),
                        is(Outcome.adopted_amended).as("amended"), is(Outcome.noted).as("noted"),
                        is(Outcome.rejected).as("rejected"), is(Outcome.withdrawn).as("withdrawn"),
                        is(Outcome.deferred).as("deferred"))
                .orderBy("body", "period").collectAsList().stream().map(r -> {
                    long total = r.getAs("total");
                    long[] n = {r.getAs("adopted"), r.getAs("amended"), r.getAs("noted"), r.getAs("rejected"),
                            r.getAs("withdrawn"), r.getAs("deferred")};
                    return new PeriodCount(r.getAs("body"), r.getAs("period"), total, n[0], n[1], n[2], n[3], n[4], n[5],
                            total - n[0] - n[1] - n[2] - n[3] - n[4] - n[5]);
                }).toList();
    }

    private static Column is(Outcome o) {
        return sum(when(col("o").equalTo(o.name()), 1L).otherwise(0L));
    }

    static List<RecurringTopic> recurringTopics(RecordsDataset data) {
        Column meeting = concat_ws("|", coalesce(col("body"), lit("")),
                coalesce(col("date").cast("string"), col("docId")));
        return data.agendaItems().filter(col("kind").isin(MEETING_KINDS.toArray()).and(col("agendaTitle").isNotNull()))
                .withColumn("topic", TOPIC.apply(col("agendaTitle"))).filter(col("topic").notEqual(""))
                .groupBy("topic")
                .agg(first("agendaTitle").as("example"), countDistinct(meeting).as("meetings"), min("date").as("first"),
                        max("date").as("last"), sort_array(collect_set(col("body"))).as("bodies"))
                .filter(col("meetings").geq(2)).orderBy(col("meetings").desc(), col("topic"))
                .collectAsList().stream()
                .map(r -> new RecurringTopic(r.getAs("topic"), r.getAs("example"), r.<Long>getAs("meetings"),
                        r.getAs("first"), r.getAs("last"), List.copyOf(r.<String>getList(r.fieldIndex("bodies")))))
                .toList();
    }

    /** The topic of an agenda title ({@link AgendaTopic}). */
    static String topic(String title) {
        return AgendaTopic.of(title);
    }
}
