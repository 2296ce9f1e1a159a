package nl.gremium.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gremium.store.Json;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes results under one output folder (any Hadoop path): JSON documents for the UI (written to a
 * temporary name, then renamed into place) and flat tables as Parquet ({@code parquet/<table>/}) and
 * CSV with a header ({@code csv/<table>.csv}; written directly, the tables are small and one plain
 * file is what a spreadsheet user wants).
 */
final class ResultWriter {
    private final SparkSession spark;
    private final String out;

    ResultWriter(SparkSession spark, String out) {
        this.spark = spark;
        this.out = out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
    }

    void json(String name, Object value) {
        write(name, o -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(o, value));
    }

    private interface Body {
        void writeTo(OutputStream o) throws IOException;
    }

    private void write(String name, Body body) {
        Path target = new Path(out + "/" + name);
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
        try {
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRawFileSystem(); // no .crc side files next to what the UI reads
            }
            fs.mkdirs(target.getParent());
            try (OutputStream o = fs.create(tmp, true)) {
                body.writeTo(o);
            }
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("rename " + tmp + " → " + target + " refused");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    <R extends Record> void table(String name, Class<R> type, List<R> rows) {
        Dataset<Row> df = spark.createDataFrame(rows.stream().map(Schemas::row).toList(), Schemas.of(type));
        df.write().mode(SaveMode.Overwrite).parquet(out + "/parquet/" + name);
        write("csv/" + name + ".csv", o -> o.write(CsvTable.of(type, rows).getBytes(StandardCharsets.UTF_8)));
    }
}
