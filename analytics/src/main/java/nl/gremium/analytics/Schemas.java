package nl.gremium.analytics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark schemas taken from flat Java records, so a row's JSON shape (Jackson writes record
 * components by name) and its Spark schema cannot drift apart. Component types map one to one:
 * String and enums → string, LocalDate → date, Instant → timestamp, BigDecimal → decimal(38,6),
 * Integer/int → int, Long/long → bigint, Double/double → double, Boolean/boolean → boolean,
 * List&lt;String&gt; → array&lt;string&gt;. Anything else (nested records) is refused: datasets here are flat.
 */
public final class Schemas {
    /** Euros with cents and room for ratios; 32 integer digits is far beyond any budget. */
    public static final DataType MONEY = DataTypes.createDecimalType(38, 6);

    private Schemas() {}

    /** @param type a record class (an interface's record implementations, such as an export row, too) */
    public static StructType of(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
        }
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            fields.add(DataTypes.createStructField(c.getName(), sparkType(type, c.getName(), t), !t.isPrimitive()));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType sparkType(Class<?> owner, String name, Class<?> t) {
        if (t == String.class || t.isEnum()) {
            return DataTypes.StringType;
        } else if (t == LocalDate.class) {
            return DataTypes.DateType;
        } else if (t == Instant.class) {
            return DataTypes.TimestampType;
        } else if (t == BigDecimal.class) {
            return MONEY;
        } else if (t == Integer.class || t == int.class) {
            return DataTypes.IntegerType;
        } else if (t == Long.class || t == long.class) {
            return DataTypes.LongType;
        } else if (t == Double.class || t == double.class) {
            return DataTypes.DoubleType;
        } else if (t == Boolean.class || t == boolean.class) {
            return DataTypes.BooleanType;
        } else if (t == List.class) {
            return DataTypes.createArrayType(DataTypes.StringType);
        }
        throw new IllegalArgumentException(owner.getSimpleName() + "." + name + ": no flat Spark type for " + t);
    }

    /** The inverse of {@link #row}: a Row with (at least) the record's fields, by name, as the record. */
    public static <R extends Record> R fromRow(Row row, Class<R> type) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] values = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            Object v = row.isNullAt(row.fieldIndex(cs[i].getName())) ? null : row.getAs(cs[i].getName());
            values[i] = convert(v, types[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from " + row, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object v, Class<?> t) {
        if (v == null) {
            if (t.isPrimitive()) {
                throw new IllegalArgumentException("null for primitive " + t);
            }
            return null;
        }
        if (t.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) t, v.toString());
        }
        if (v instanceof BigDecimal d && t == BigDecimal.class) {
            return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
        }
        if (v instanceof Date d && t == LocalDate.class) {
            return d.toLocalDate();
        }
        if (v instanceof Timestamp ts && t == Instant.class) {
            return ts.toInstant();
        }
        if (v instanceof scala.collection.Seq<?> seq && t == List.class) {
            return List.copyOf(scala.jdk.javaapi.CollectionConverters.asJava(seq));
        }
        return v;
    }

    /** A record as a Row of {@link #of}'s schema (needs spark.sql.datetime.java8API.enabled for dates). */
    public static Row row(Record r) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            try {
                Object v = cs[i].getAccessor().invoke(r);
                values[i] = v instanceof Enum<?> e ? e.name() : v;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + cs[i], e);
            }
        }
        return RowFactory.create(values);
    }
}
