package nl.gremium.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.gremium.export.AgendaItemRow;
import nl.gremium.export.DocumentRow;
import nl.gremium.export.ExportRows;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the records dataset ({@link RecordsExport}) from any Hadoop-compatible location
 * ({@code file:///…}, {@code hdfs://…}, {@code s3a://…}) with explicit schemas; a missing type reads
 * as an empty dataset so a data folder without, say, funding letters still runs.
 */
public final class RecordsDataset {
    public static final StructType DOCUMENT = Schemas.of(DocumentRow.class);
    public static final StructType AGENDA_ITEM = Schemas.of(AgendaItemRow.class);

    private final SparkSession spark;
    private final String root;

    /** @param root the records folder, as a Hadoop path or URI */
    public RecordsDataset(SparkSession spark, String root) {
        this.spark = spark;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public Dataset<Row> documents() {
        return read(RecordsExport.DOCUMENT, DOCUMENT);
    }

    public Dataset<Row> agendaItems() {
        return read(RecordsExport.AGENDA_ITEM, AGENDA_ITEM);
    }

    /** Rows of one record type ({@link ExportRows#TYPES}), with the columns of that type's row. */
    public Dataset<Row> records(String type) {
        return read(type, Schemas.of(ExportRows.rowClass(type)));
    }

    private Dataset<Row> read(String type, StructType schema) {
        String dir = root + "/" + type;
        if (!exists(dir)) {
            return spark.createDataFrame(List.of(), schema);
        }
        // FAILFAST: a malformed line means a broken export; say so instead of silently dropping rows
        return spark.read().schema(schema).option("mode", "FAILFAST").option("pathGlobFilter", "*.jsonl")
                .json(dir);
    }

    private boolean exists(String dir) {
        try {
            Path p = new Path(dir);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + dir + ": " + e.getMessage(), e);
        }
    }
}
