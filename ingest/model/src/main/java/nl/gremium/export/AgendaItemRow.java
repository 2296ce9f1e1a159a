package nl.gremium.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One agenda item in the records dataset ({@code records/agenda_item/}) with its document's context, named
 * as in {@link ExportRow}: {@code title} and {@code kind} are the document's, {@code agendaItem} the item's
 * number and {@code agendaTitle} its title. Built by {@link ExportRows#agendaItem}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItemRow(String id, String docId, String source, String title, String kind, String organisation,
                            String body, LocalDate date, Integer page, String agendaItem, String agendaTitle,
                            String text) {}
