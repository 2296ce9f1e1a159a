package nl.gremium.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import nl.gremium.text.Csv;

/**
 * Writes the tagged records of a data folder as JSONL (one {@link RecordRow} object per line, null fields
 * left out) or CSV (RFC 4180, a header row with every {@link RecordRow} field, empty for null), optionally
 * only one record type. Documents in id order, records in document order, so output is stable.
 */
public final class RecordExporter {
    public enum Format { jsonl, csv }

    private static final RecordComponent[] FIELDS = RecordRow.class.getRecordComponents();

    private final Format format;
    private final String type;

    /** @param type one of {@link RecordRows#TYPES}, or null for all */
    public RecordExporter(Format format, String type) {
        if (type != null && !RecordRows.TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown record type '" + type + "' (expected one of "
                    + String.join(", ", RecordRows.TYPES) + ")");
        }
        this.format = format;
        this.type = type;
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (expected jsonl or csv)");
        }
    }

    /** Writes every matching record of the store; returns how many. */
    public int export(DataStore store, Writer out) {
        return export(store.documents(), out);
    }

    public int export(List<LogicalDocument> docs, Writer out) {
        try {
            if (format == Format.csv) {
                out.write(csvHeader());
            }
            int n = 0;
            for (LogicalDocument d : docs) {
                for (RecordRow row : RecordRows.of(d)) {
                    if (type == null || type.equals(row.type())) {
                        out.write(format == Format.jsonl ? json(row) : csv(row));
                        n++;
                    }
                }
            }
            out.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write export: " + e.getMessage(), e);
        }
    }

    private static String json(RecordRow row) throws JsonProcessingException {
        ObjectMapper m = Json.mapper();
        return m.writeValueAsString(row) + "\n";
    }

    private static String csvHeader() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FIELDS.length; i++) {
            sb.append(i == 0 ? "" : ",").append(FIELDS[i].getName());
        }
        return sb.append("\r\n").toString();
    }

    private static String csv(RecordRow row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FIELDS.length; i++) {
            Object v;
            try {
                v = FIELDS[i].getAccessor().invoke(row);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            sb.append(i == 0 ? "" : ",").append(Csv.cell(v == null ? "" : v instanceof BigDecimal b
                    ? b.toPlainString() : v.toString()));
        }
        return sb.append("\r\n").toString();
    }
}
