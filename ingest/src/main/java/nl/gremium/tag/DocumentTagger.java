package nl.gremium.tag;

import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Tags;

/**
 * Runs the taggers of the document's family ({@link DocumentFamily}) over one logical document. Ids are
 * the document id plus "#d1" (decisions), "#r1", "#a1", "#m1" (amounts).
 */
public final class DocumentTagger {

    public Tags tag(LogicalDocument doc) {
        DocumentView view = new DocumentView(doc);
        TagDraft draft = new TagDraft(doc.id());
        for (Tagger t : DocumentFamily.of(doc.kind()).taggers()) {
            t.tag(view, draft);
        }
        // only a letter's date is when it was written; a proposal is dated by its adoption, after its own deadlines
        return draft.build(doc.kind() == DocKind.letter ? view.date() : null);
    }
}
