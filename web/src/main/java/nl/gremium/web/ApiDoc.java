package nl.gremium.web;

import java.util.List;

/** What {@code GET /api} answers: the endpoints, so the API describes itself (details in the README). */
final class ApiDoc {
    record Endpoint(String method, String path, String description) {}

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/search", "q, type, kind, body, organisation, year (repeatable), status, from, to (YYYY-MM-DD), "
                    + "sort (relevance|date_desc|date_asc), page, size (≤ 100) → total, hits with HTML snippets, facets"),
            new Endpoint("GET", "/api/documents/{id}", "one logical document: metadata, blocks, agenda items, tags"),
            new Endpoint("GET", "/api/vergaderingen", "body → meetings derived from the documents: id, body, date, counts of items, decisions, documents, previous, next"),
            new Endpoint("GET", "/api/vergaderingen/{id}", "one meeting: agenda items in order with papers, decisions and the minutes' passage; dossiers per item"),
            new Endpoint("GET", "/api/dossiers", "q → dossiers: a topic followed across meetings and bodies"),
            new Endpoint("GET", "/api/dossiers/{id}", "one dossier with its timeline of agenda items and documents"),
            new Endpoint("GET", "/api/opendata", "since (YYYY-MM-DD, optional) → NDJSON in the Open Raadsinformatie shape: Meeting, AgendaItem, MediaObject, VoteEvent, Motion (docs/OPENDATA.md)"),
            new Endpoint("GET", "/api/decisions", "body, year, outcome, q → decisions with agenda item and proposal links"),
            new Endpoint("GET", "/api/moties", "outcome, status, q → motions and amendments: submitters, parties, meeting, outcome, "
                    + "vote per party, follow-up status with evidence and rule (also /moties.csv, /moties.xlsx)"),
            new Endpoint("GET", "/api/toezeggingen", "status, overdue, q → commitments: who, to whom, deadline, overdue, owner, "
                    + "status with evidence and rule (also /toezeggingen.csv, /toezeggingen.xlsx)"),
            new Endpoint("GET", "/api/zoekopdrachten", "the signed-in user's saved searches and follows (name, query or follow, "
                    + "e-mail, feed token); each has an Atom feed at /feeds/{feedToken}"),
            new Endpoint("GET", "/api/recommendations", "status, addressee, q → recommendations with status, age, evidence"),
            new Endpoint("GET", "/api/recommendations/{id}", "one recommendation and its status history"),
            new Endpoint("POST", "/api/recommendations/{id}/status", "JSON {status, owner?, due?, note?} → 201 the stored entry (who: the signed-in user)"),
            new Endpoint("GET", "/api/funding", "organisation, stream → funding series (organisation × regulation): a line per letter "
                    + "(points per year), every statement per year with kind and component, revisions between letters, components"),
            new Endpoint("GET", "/funding.csv", "organisation, stream → every funding statement as CSV (';', BOM); /funding.xlsx the same as XLSX"),
            new Endpoint("POST", "/api/upload", "multipart field 'file' → 201 the ingest report; 422 when the file could not be ingested (not kept), 413 over the size limit, 429 over the uploads per minute"));

    private ApiDoc() {}
}
