package nl.gremium.analytics;

import java.time.LocalDate;

/**
 * One logical document in the records dataset ({@code records/document/}): its metadata and its
 * whole text (blocks joined by newlines), for the follow-up search.
 *
 * @param agendaItems how many agenda items the document has (its passages are then in agenda_item)
 */
public record DocumentRow(String docId, String source, String title, String kind, String organisation, String body,
                          LocalDate date, LocalDate meetingDate, LocalDate documentDate, Integer pageStart,
                          Integer pageEnd, Integer agendaItems, String text) {}
