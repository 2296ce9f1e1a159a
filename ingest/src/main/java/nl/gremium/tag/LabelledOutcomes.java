package nl.gremium.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.gremium.model.Decision;

/**
 * Minutes that close an item the way a decision list does, with its outcome only ("Besluit: conform.", "Besluit:
 * aangenomen met 14 stemmen voor en 3 tegen"): the item's title is what was decided. Read as {@link DecisionListTagger}
 * reads such paragraphs; a "Besluit:" that states the decision in a sentence, and votes on motions, are left to the
 * stages before.
 */
final class LabelledOutcomes implements Tagger {

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        Set<String> votes = new HashSet<>();
        List<Decision> labelled = DecisionListTagger.fromParagraphs(view, draft.ids('d'), votes, true);
        IdSequence ids = draft.ids('d', draft.decisions.size());
        int before = draft.decisions.size();
        for (Decision d : labelled) {
            if (!votes.contains(d.id()) && d.outcome() != null && isItemTitle(view, d) && draft.decisions.stream()
                    .noneMatch(o -> o.text().equals(d.text()) && Objects.equals(o.agendaItem(), d.agendaItem()))) {
                draft.decisions.add(d.withId(ids.next()));
            }
        }
        if (draft.decisions.size() > before) {
            draft.decisions.sort((x, y) -> Integer.compare(x.page(), y.page()));
        }
    }

    private static boolean isItemTitle(DocumentView view, Decision d) {
        return view.doc.agendaItems() != null && view.doc.agendaItems().stream()
                .anyMatch(i -> Objects.equals(i.number(), d.agendaItem()) && d.text().equals(i.title()));
    }
}
