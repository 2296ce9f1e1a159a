package nl.gremium.analytics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.gremium.text.Csv;

/** Flat records as CSV for Dutch Excel (BOM, header row, cells by {@link Csv#row}: ';'-separated, lists joined with "; "). */
final class CsvTable {
    private CsvTable() {}

    static <R extends Record> String of(Class<R> type, List<R> rows) {
        RecordComponent[] cs = type.getRecordComponents();
        StringBuilder sb = new StringBuilder(Csv.BOM).append(Csv.row(Arrays.stream(cs).map(RecordComponent::getName).toList()));
        for (R r : rows) {
            sb.append(Csv.row(Arrays.stream(cs).map(c -> text(value(r, c))).toList()));
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

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof Collection<?> c ? c.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
}
