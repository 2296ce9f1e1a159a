package nl.gremium.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import nl.gremium.text.Csv;

/**
 * Writes the tagged records of a data folder as JSONL (one {@link ExportRow} object per line, its type's
 * fields, null fields left out) or CSV (RFC 4180; a header row with the type's fields, or with every type's
 * fields when all types are exported, empty where a row has none), optionally only one record type.
 * Documents in id order, records in document order, so output is stable.
 */
public final class RecordExporter {
    public enum Format { jsonl, csv }

    private static final ObjectWriter JSON = Json.mapper().writer();

    private final Format format;
    private final String type;
    private final List<String> columns;

    /** @param type one of {@link ExportRows#TYPES}, or null for all */
    public RecordExporter(Format format, String type) {
        this.columns = ExportRows.columns(type); // refuses an unknown type
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
                out.write(Csv.BOM + csvLine(columns));
            }
            int n = 0;
            for (LogicalDocument d : docs) {
                for (ExportRow row : ExportRows.of(d)) {
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

    private static String json(ExportRow row) throws JsonProcessingException {
        return JSON.writeValueAsString(row) + "\n";
    }

    private String csv(ExportRow row) {
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(row));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }
        return csvLine(columns.stream().map(values::get).toList());
    }

    private static String csvLine(List<?> cells) {
        return Csv.row(cells.stream().map(v -> v == null ? ""
                : v instanceof BigDecimal b ? b.toPlainString() : v.toString()).toList());
    }
}
