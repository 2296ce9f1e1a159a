package nl.gremium.tag;

/**
 * One stage of the tagging chain: reads the document (and what earlier stages put in the draft) and
 * adds the records it finds. {@link DocumentFamily} says which taggers run, in which order, for which
 * kind of document; {@link DocumentTagger} runs them.
 */
interface Tagger {
    void tag(DocumentView view, TagDraft draft);
}
