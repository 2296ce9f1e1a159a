package nl.gremium.classify;

/** Where in a document a cue is looked for; see {@link DocumentEvidence} for how each zone is cut. */
public enum Zone {
    /** The first few lines that can be a title: form fields, page numbers and bare codes are skipped. */
    TITLE,
    /** The top of the document: the first page (15 to 30 blocks), where letterheads and meeting fields sit. */
    HEAD,
    /** The first 15 blocks without an outline number (a subject line, not an agenda item). */
    UNNUMBERED_HEAD,
    /** The last 25 blocks: closing formulas, signatures, adoption stamps. */
    TAIL,
    /** Every text block (tables excluded: their cells are quoted items, not the document's own voice). */
    ALL,
    /** Heading-like blocks. */
    HEADINGS,
    /** Lines of the first 60 blocks with table rows included: agenda item lists are often tables. */
    ITEMS
}
