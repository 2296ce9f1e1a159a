package nl.gremium.index;

import java.util.List;

/** Field names of the index, the facet dimensions, and the schema version. */
public final class Fields {
    /** Bump when analysis or fields change: an index of another version is rebuilt on the next update. */
    public static final String SCHEMA_VERSION = "5";
    public static final String SCHEMA_KEY = "gremium.schema";

    public static final String UID = "uid";          // unique per unit
    public static final String TYPE = "type";        // document | agenda_item | decision | recommendation | action | amount | funding
    public static final String DOC_ID = "docId";
    public static final String HASH = "hash";        // on the document unit: SHA-256 of the document's JSON file
    public static final String TITLE = "title";      // document title or agenda item heading (strongest)
    public static final String HEADING = "heading";  // the agenda item a record belongs to
    public static final String CONTEXT = "context";  // the document title, for units inside it (weakest)
    public static final String LABEL = "label";      // the record type in Dutch ("besluit", "aanbeveling")
    public static final String TEXT = "text";        // body text, with offsets for highlighting
    public static final String DISPLAY_TITLE = "displayTitle";
    public static final String KIND = "kind";
    public static final String BODY = "body";
    public static final String ORGANISATION = "organisation";
    public static final String YEAR = "year";
    public static final String STATUS = "status";
    public static final String DATE = "date";        // epoch day: point, doc value, stored
    public static final String PAGE = "page";
    public static final String PAGE_MAP = "pageMap"; // "offset:page,offset:page…" of TEXT
    public static final String AGENDA_ITEM = "agendaItem";
    public static final String BOOST = "boost";
    public static final String REDACTION = "redaction"; // on the document unit: the Woo ground of each blacked-out passage
    /** The redaction facet's value for a box without a readable ground. */
    public static final String NO_GROUND = "zonder grond";
    public static final String CONFIDENTIAL = "confidential"; // "true" on every unit of a confidential document

    public static final List<String> TYPES =
            List.of("document", "agenda_item", "decision", "recommendation", "action", "amount", "funding", "motion");
    public static final List<String> FACETS = List.of(TYPE, KIND, BODY, ORGANISATION, YEAR, REDACTION);

    private Fields() {}
}
