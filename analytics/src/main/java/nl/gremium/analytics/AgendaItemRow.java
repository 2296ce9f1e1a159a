package nl.gremium.analytics;

import java.time.LocalDate;

/** One agenda item in the records dataset ({@code records/agenda_item/}) with its document's context. */
public record AgendaItemRow(String docId, String doc, String docKind, String organisation, String body,
                            LocalDate date, String number, String title, String text, Integer page) {}
