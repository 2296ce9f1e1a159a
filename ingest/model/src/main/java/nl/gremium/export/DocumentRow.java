package nl.gremium.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One logical document in the records dataset ({@code records/document/}): its metadata and its
 * whole text (blocks joined by newlines), for the follow-up search. Built by {@link ExportRows#document}.
 *
 * @param agendaItems how many agenda items the document has (its passages are then in agenda_item)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentRow(String docId, String source, String title, String kind, String organisation, String body,
                          LocalDate date, LocalDate meetingDate, LocalDate documentDate, Integer pageStart,
                          Integer pageEnd, Integer agendaItems, String text) {}
