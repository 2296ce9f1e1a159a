package nl.gremium.web;

import java.time.LocalDate;

/** One record in a digest or feed: what it is, where it stands, and a line of its text. */
record AlertItem(String id, String type, String docId, String title, LocalDate date, String snippet) {
    /** The record's place in the document page (a dossier's step: the document it is in). */
    String path() {
        return "/documents/" + Html.url(docId) + (id.equals(docId) || "dossier".equals(type) ? "" : "#rec-" + Html.anchor(id));
    }
}
