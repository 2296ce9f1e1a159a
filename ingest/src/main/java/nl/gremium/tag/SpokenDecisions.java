package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;

/**
 * In a verbatim record a member or an alderman decides nothing by saying "De raad stelt hopelijk vandaag het plan vast"
 * or "Als wij deze norm vaststellen, …": the decisions an earlier stage read in a paragraph that opens their turn are
 * dropped. The chair's turns and the record's own lines ("De agenda wordt ongewijzigd vastgesteld.") keep theirs, and
 * the votes are read after this stage ({@link VoteTagger}).
 */
final class SpokenDecisions implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        if (draft.decisions.isEmpty() || !Turns.verbatim(view)) {
            return;
        }
        List<Integer> spoken = new ArrayList<>(); // paragraphs that open a turn other than the chair's
        for (int b = 0; b < view.blocks.size(); b++) {
            String speaker = view.is(b, BlockType.PARAGRAPH) ? Turns.opens(view.text(b)) : null;
            if (speaker != null && !Turns.chair(speaker)) {
                spoken.add(b);
            }
        }
        draft.decisions.removeIf(d -> saidIn(d, spoken, view));
    }

    private static boolean saidIn(Decision d, List<Integer> spoken, DocumentView view) {
        return spoken.stream().anyMatch(b -> view.block(b).page() == d.page() && view.text(b).contains(d.text()));
    }
}
