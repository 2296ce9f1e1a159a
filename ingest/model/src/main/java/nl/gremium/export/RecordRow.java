package nl.gremium.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One tagged record, flattened with its document context: the row of the export (JSONL/CSV),
 * the unit Spark reads, and the unit the index stores for records. Fields that do not apply to a
 * type are null.
 *
 * @param type    decision | recommendation | action | amount | funding | motion
 * @param source  the input file name; {@code doc} the logical document title, {@code docId} its id;
 *                {@code raw} an amount as printed
 * @param parties a motion's parties, comma-separated (its submitters are in {@code issuer})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordRow(String type, String id, String docId, String source, String doc, String docType,
                        String organisation, String text, String agendaItem, String agendaTitle, String body,
                        LocalDate date, String addressee, String issuer, String actor, String outcome,
                        BigDecimal value, String raw, Integer year, String purpose, String stream, String kind,
                        LocalDate due, String number, String reportTitle, String theme, String tableId,
                        Integer page, String parties) {

    /** A row of a type that has no parties. */
    public RecordRow(String type, String id, String docId, String source, String doc, String docType,
                     String organisation, String text, String agendaItem, String agendaTitle, String body,
                     LocalDate date, String addressee, String issuer, String actor, String outcome,
                     BigDecimal value, String raw, Integer year, String purpose, String stream, String kind,
                     LocalDate due, String number, String reportTitle, String theme, String tableId,
                     Integer page) {
        this(type, id, docId, source, doc, docType, organisation, text, agendaItem, agendaTitle, body, date, addressee,
                issuer, actor, outcome, value, raw, year, purpose, stream, kind, due, number, reportTitle, theme,
                tableId, page, null);
    }
}
