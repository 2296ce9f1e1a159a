package nl.gremium.tag;

import nl.gremium.model.Recommendation;

/**
 * A letter's recommendations that name no addressee of their own are for whom the letter is: an accountant's
 * management letter "Aan het college van burgemeester en wethouders van de gemeente X" recommends to the college.
 */
final class LetterAddressee implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        if (draft.recommendations.stream().noneMatch(r -> r.addressee() == null)) {
            return;
        }
        String to = addressee(view);
        if (to == null) {
            return;
        }
        draft.recommendations.replaceAll(r -> r.addressee() != null ? r : new Recommendation(r.id(), r.text(), r.number(),
                r.issuer(), to, r.reportTitle(), r.date(), r.theme(), r.page(), r.due(), r.dueText()));
    }

    private static String addressee(DocumentView view) {
        String sender = view.doc.metadata() == null ? null : view.doc.metadata().organisation();
        return AddressBlock.addressee(view.blocks, sender).map(Addressees::leading).orElse(null);
    }
}
