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
 * CSV with a header ({@code csv/<table>.csv}, one plain file as a spreadsheet user wants). Every output
 * is written under a temporary name and renamed into place, so a killed run leaves the previous outputs.
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

    /**
     * Replaces folder {@code target} by the complete folder {@code tmp}: the old one is moved aside first
     * and deleted last, so a kill at any point leaves a whole table (old or new) under one of the two names,
     * never a half-written one (Spark's own overwrite deletes first and leaves {@code _temporary} behind).
     * A table left aside by an earlier kill is restored before anything else.
     */
    private void swapIn(Path tmp, Path target) {
        Path old = new Path(target.getParent(), "." + target.getName() + ".old");
        try {
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(old) && !fs.exists(target)) {
                fs.rename(old, target);
            }
            fs.delete(old, true);
            if (fs.exists(target) && !fs.rename(target, old)) {
                throw new IOException("rename " + target + " → " + old + " refused");
            }
            if (!fs.rename(tmp, target)) {
                throw new IOException("rename " + tmp + " → " + target + " refused");
            }
            fs.delete(old, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
        }
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
        Path target = new Path(out + "/parquet/" + name);
        Path tmp = new Path(target.getParent(), "." + name + ".tmp");
        df.write().mode(SaveMode.Overwrite).parquet(tmp.toString());
        swapIn(tmp, target);
        write("csv/" + name + ".csv", o -> o.write(CsvTable.of(type, rows).getBytes(StandardCharsets.UTF_8)));
    }
}
