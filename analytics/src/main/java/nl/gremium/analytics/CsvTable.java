package nl.gremium.analytics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.gremium.text.Csv;

/** Flat records as CSV (header row, cells by {@link Csv#cell}, lists joined with "; "). */
final class CsvTable {
    private CsvTable() {}

    static <R extends Record> String of(Class<R> type, List<R> rows) {
        RecordComponent[] cs = type.getRecordComponents();
        StringBuilder sb = new StringBuilder();
        sb.append(Arrays.stream(cs).map(RecordComponent::getName).collect(Collectors.joining(","))).append("\r\n");
        for (R r : rows) {
            for (int i = 0; i < cs.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(field(value(r, cs[i])));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    static String field(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Collection<?> c ? c.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        return Csv.cell(s);
    }
}
