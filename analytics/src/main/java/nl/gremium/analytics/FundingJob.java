package nl.gremium.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import nl.gremium.export.ExportRow;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Funding history: Spark reads and cleans the letters' funding records (complete ones only, names trimmed,
 * the same statement of a letter ingested twice once); {@link FundingProfiles}, the computation the web page
 * shares, turns them into the profiles and the flat tables.
 */
final class FundingJob {
    static final String UNKNOWN_STREAM = FundingProfiles.UNKNOWN_STREAM;

    private FundingJob() {}

    static FundingProfiles.Result run(RecordsDataset data) {
        Dataset<Row> f = data.records("funding")
                .filter(col("organisation").isNotNull().and(col("year").isNotNull()).and(col("value").isNotNull()))
                .withColumn("organisation", trim(col("organisation")))
                .dropDuplicates("organisation", "stream", "component", "year", "title", "date", "fundingKind", "value");
        return FundingProfiles.build(f.collectAsList().stream().map(r -> Schemas.fromRow(r, ExportRow.Funding.class)).toList());
    }
}
