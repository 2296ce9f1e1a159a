package nl.gremium.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One tagged record with its document's context, one shape per record type: the row of the export
 * (JSONL/CSV), of the records dataset Spark reads and of the index's record units. Built only by
 * {@link ExportRows}. Every type starts with the same context fields, named as everywhere else:
 * {@code kind} is the document kind, {@code title} the document title, {@code source} the input file name.
 */
public sealed interface ExportRow permits ExportRow.Decision, ExportRow.Recommendation, ExportRow.Action,
        ExportRow.Amount, ExportRow.Funding, ExportRow.Motion {

    /** decision | recommendation | action | amount | funding | motion */
    String type();

    String id();

    String docId();

    String source();

    String title();

    String kind();

    String organisation();

    String body();

    LocalDate date();

    Integer page();

    String text();

    /** A decision; {@code agendaItem} the number of its agenda item, {@code agendaTitle} that item's title. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(String type, String id, String docId, String source, String title, String kind,
                    String organisation, String body, LocalDate date, Integer page, String text, String agendaItem,
                    String agendaTitle, String outcome) implements ExportRow {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Recommendation(String type, String id, String docId, String source, String title, String kind,
                          String organisation, String body, LocalDate date, Integer page, String text,
                          String number, String issuer, String addressee, String reportTitle, String theme,
                          LocalDate due, String dueText)
            implements ExportRow {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Action(String type, String id, String docId, String source, String title, String kind,
                  String organisation, String body, LocalDate date, Integer page, String text, String agendaItem,
                  String actor, LocalDate due) implements ExportRow {}

    /** An amount; {@code raw} as printed, {@code text} the sentence (or table row and column) it stands in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Amount(String type, String id, String docId, String source, String title, String kind,
                  String organisation, String body, LocalDate date, Integer page, String text, BigDecimal value,
                  String raw, Integer year, String purpose, String tableId) implements ExportRow {}

    /**
     * One funding statement; {@code organisation} the one it is for, {@code date} the letter's date,
     * {@code fundingKind} allocation, forecast, correction or definitive, {@code stream} the regulation and
     * {@code component} the part of it (column header, distribution key) when the letter breaks it down.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Funding(String type, String id, String docId, String source, String title, String kind,
                   String organisation, String body, LocalDate date, Integer page, String text, BigDecimal value,
                   Integer year, String stream, String fundingKind, String tableId, String component) implements ExportRow {}

    /**
     * A motion or amendment; {@code text} its title as printed (its number when it has none),
     * {@code submitters} separated by "; ", {@code parties} by ", ", {@code motionKind} motion or amendment.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Motion(String type, String id, String docId, String source, String title, String kind,
                  String organisation, String body, LocalDate date, Integer page, String text, String number,
                  String motionKind, String submitters, String parties, String outcome, String outcomeText)
            implements ExportRow {}
}
