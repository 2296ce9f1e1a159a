package nl.gremium.export;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.Decision;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Tags;

/**
 * The named factories of the export rows: one per record type ({@link ExportRow}), and the document and
 * agenda-item rows of the records dataset. The document context (source, title, kind, organisation, body,
 * date) is taken the same way for every type; a record's own body or date wins where it has one.
 */
public final class ExportRows {
    public static final String DECISION = "decision";
    public static final String RECOMMENDATION = "recommendation";
    public static final String ACTION = "action";
    public static final String AMOUNT = "amount";
    public static final String FUNDING = "funding";
    public static final String MOTION = "motion";

    /** Each record type's row class, in export order. */
    public static final Map<String, Class<? extends ExportRow>> CLASSES = classes();
    public static final List<String> TYPES = List.copyOf(CLASSES.keySet());

    private ExportRows() {}

    private static Map<String, Class<? extends ExportRow>> classes() {
        Map<String, Class<? extends ExportRow>> m = new LinkedHashMap<>();
        m.put(DECISION, ExportRow.Decision.class);
        m.put(RECOMMENDATION, ExportRow.Recommendation.class);
        m.put(ACTION, ExportRow.Action.class);
        m.put(AMOUNT, ExportRow.Amount.class);
        m.put(FUNDING, ExportRow.Funding.class);
        m.put(MOTION, ExportRow.Motion.class);
        return Collections.unmodifiableMap(m);
    }

    /** The row class of one record type; an unknown type is refused with the list of known ones. */
    public static Class<? extends ExportRow> rowClass(String type) {
        Class<? extends ExportRow> c = CLASSES.get(type);
        if (c == null) {
            throw new IllegalArgumentException("unknown record type '" + type + "' (expected one of "
                    + String.join(", ", TYPES) + ")");
        }
        return c;
    }

    /** The field names of one type's rows, or (type null) of all types, each once, in first-seen order. */
    public static List<String> columns(String type) {
        Set<String> out = new LinkedHashSet<>();
        for (Class<? extends ExportRow> c : type == null ? CLASSES.values() : List.of(rowClass(type))) {
            for (RecordComponent rc : c.getRecordComponents()) {
                out.add(rc.getName());
            }
        }
        return List.copyOf(out);
    }

    /** Every tagged record of a document, by type in {@link #TYPES} order, each in document order. */
    public static List<ExportRow> of(LogicalDocument d) {
        Tags t = d.tags();
        List<ExportRow> rows = new ArrayList<>();
        t.decisions().forEach(x -> rows.add(decision(d, x)));
        t.recommendations().forEach(x -> rows.add(recommendation(d, x)));
        t.actions().forEach(x -> rows.add(action(d, x)));
        t.amounts().forEach(x -> rows.add(amount(d, x)));
        t.funding().forEach(x -> rows.add(funding(d, x)));
        t.motions().forEach(x -> rows.add(motion(d, x)));
        return rows;
    }

    public static ExportRow.Decision decision(LogicalDocument d, Decision x) {
        Context c = Context.of(d);
        return new ExportRow.Decision(DECISION, x.id(), d.id(), c.source, c.title, c.kind, c.organisation,
                x.body() != null ? x.body() : c.body, x.date() != null ? x.date() : c.date, x.page(), x.text(),
                x.agendaItem(), x.agendaTitle(), name(x.outcome()));
    }

    public static ExportRow.Recommendation recommendation(LogicalDocument d, Recommendation x) {
        Context c = Context.of(d);
        return new ExportRow.Recommendation(RECOMMENDATION, x.id(), d.id(), c.source, c.title, c.kind, c.organisation,
                c.body, x.date() != null ? x.date() : c.date, x.page(), x.text(), x.number(), x.issuer(),
                x.addressee(), x.reportTitle(), x.theme(), x.due(), x.dueText());
    }

    public static ExportRow.Action action(LogicalDocument d, Action x) {
        Context c = Context.of(d);
        return new ExportRow.Action(ACTION, x.id(), d.id(), c.source, c.title, c.kind, c.organisation, c.body, c.date,
                x.page(), x.text(), x.agendaItem(), x.actor(), x.due());
    }

    public static ExportRow.Amount amount(LogicalDocument d, Amount x) {
        Context c = Context.of(d);
        return new ExportRow.Amount(AMOUNT, x.id(), d.id(), c.source, c.title, c.kind, c.organisation, c.body, c.date,
                x.page(), x.text(), x.value(), x.raw(), x.year(), x.purpose(), x.tableId());
    }

    public static ExportRow.Funding funding(LogicalDocument d, FundingFact x) {
        Context c = Context.of(d);
        return new ExportRow.Funding(FUNDING, x.id(), d.id(), c.source, c.title, c.kind, x.organisation(), c.body,
                x.docDate() != null ? x.docDate() : c.date, x.page(),
                x.organisation() + " " + x.year() + " " + x.stream() + ": " + x.value(), x.value(), x.year(),
                x.stream(), name(x.kind()), x.tableId(), x.component());
    }

    public static ExportRow.Motion motion(LogicalDocument d, Motion x) {
        Context c = Context.of(d);
        return new ExportRow.Motion(MOTION, x.id(), d.id(), c.source, c.title, c.kind, c.organisation, c.body, c.date,
                x.page(), x.title() != null ? x.title() : x.number(), x.number(), name(x.kind()),
                x.submitters().isEmpty() ? null : String.join("; ", x.submitters()),
                x.parties().isEmpty() ? null : String.join(", ", x.parties()), name(x.outcome()), x.outcomeText());
    }

    /** The document itself, with its whole text (blocks joined by newlines). */
    public static DocumentRow document(LogicalDocument d) {
        Context c = Context.of(d);
        Metadata m = d.metadata();
        String text = d.blocks().stream().map(Block::text).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        return new DocumentRow(d.id(), c.source, c.title, c.kind, c.organisation, c.body, c.date,
                m == null ? null : m.meetingDate(), m == null ? null : m.documentDate(), d.pageStart(), d.pageEnd(),
                d.agendaItems().size(), text);
    }

    public static AgendaItemRow agendaItem(LogicalDocument d, AgendaItem a) {
        Context c = Context.of(d);
        return new AgendaItemRow(a.id(), d.id(), c.source, c.title, c.kind, c.organisation, c.body, c.date,
                a.pageStart(), a.number(), a.title(), a.text());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** What every row takes from its document. */
    private record Context(String source, String title, String kind, String organisation, String body,
                           LocalDate date) {
        static Context of(LogicalDocument d) {
            Metadata m = d.metadata();
            return new Context(d.source() == null ? null : d.source().fileName(), d.title(), name(d.kind()),
                    m == null ? null : m.organisation(), m == null ? null : m.body(), m == null ? null : m.date());
        }
    }
}
