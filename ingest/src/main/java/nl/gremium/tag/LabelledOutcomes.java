package nl.gremium.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.text.CaseFold;

/**
 * Minutes that close an item the way a decision list does, with its outcome only ("Besluit: conform.", "Besluit:
 * aangenomen met 14 stemmen voor en 3 tegen"): the item's title is what was decided. Read as {@link DecisionListTagger}
 * reads such paragraphs; a "Besluit:" that states the decision in a sentence, and votes on motions, are left to the
 * stages before. An item's paragraph may also end on its outcome alone ("4a. Benoeming van … tot lid van de
 * auditcommissie. Conform besloten."): the sub-item it opens with, else the item, is what was decided.
 */
final class LabelledOutcomes implements Tagger {

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        // minutes that open with the meeting's decisions as a table ("Agp. | Onderwerp | Besluit"), a row per agenda item:
        // each row is the item's decision, and what the account of the item restated of it is no second one
        List<Decision> table = DecisionListTagger.fromTables(view, new IdSequence(view.doc.id(), 'd'));
        Set<String> agenda = new HashSet<>();
        if (view.doc.agendaItems() != null) {
            view.doc.agendaItems().forEach(i -> agenda.add(i.number()));
        }
        // (a table of the votes on motions and amendments, coded "M1", "A2", restates the account's votes: those stay)
        if (table.size() >= MIN_TABLE_DECISIONS && table.stream().allMatch(d -> agenda.contains(d.agendaItem()))) {
            Set<String> items = new HashSet<>();
            table.forEach(d -> items.add(d.agendaItem()));
            List<Decision> kept = new ArrayList<>(draft.decisions);
            kept.removeIf(d -> d.agendaItem() != null && items.contains(d.agendaItem()));
            kept.addAll(table);
            kept.sort(Comparator.comparingInt(Decision::page)); // stable: the table where it is printed
            IdSequence renumbered = draft.ids('d');
            draft.decisions.clear();
            kept.forEach(d -> draft.decisions.add(d.withId(renumbered.next())));
        }
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
        closedByOutcome(view, draft, ids);
        if (draft.decisions.size() > before) {
            draft.decisions.sort((x, y) -> Integer.compare(x.page(), y.page()));
        }
    }

    private static boolean isItemTitle(DocumentView view, Decision d) {
        return view.doc.agendaItems() != null && view.doc.agendaItems().stream()
                .anyMatch(i -> Objects.equals(i.number(), d.agendaItem()) && d.text().equals(i.title()));
    }

    /** Decisions a table must give to be the meeting's list of them, not a vote table of one item. */
    private static final int MIN_TABLE_DECISIONS = 2;

    /** A sub-item's code opening its paragraph: "4a. Benoeming …". */
    private static final Pattern SUB_ITEM = CaseFold.compile("^(?<code>\\d{1,2}[a-z])[.)]\\s+(?=\\p{Lu})");
    /** Words an outcome sentence may add to its phrase ("Conform besloten (geen zienswijze indienen).") and still be bare. */
    private static final int OUTCOME_EXTRA_WORDS = 4;

    /** Paragraphs that end on a bare outcome, for items no stage before gave a decision. */
    private static void closedByOutcome(DocumentView view, TagDraft draft, IdSequence ids) {
        for (int b = 0; b < view.blocks.size(); b++) {
            List<DocumentView.Sentence> sentences = view.sentences(b);
            if (!view.is(b, BlockType.PARAGRAPH) || sentences.size() < 2) {
                continue;
            }
            String last = sentences.get(sentences.size() - 1).text();
            Optional<Outcomes.Phrase> outcome = Outcomes.startPhrase(last);
            if (outcome.isEmpty() || last.replaceAll("\\([^)]*\\)", "").split("\\s+").length
                    > outcome.get().text().split(" ").length + OUTCOME_EXTRA_WORDS) {
                continue;
            }
            String whole = view.text(b);
            String before = whole.substring(0, Math.max(0, whole.lastIndexOf(last))).strip();
            Matcher code = SUB_ITEM.matcher(before);
            AgendaItem item = view.item(b);
            String number;
            String subject;
            if (code.lookingAt()) {
                number = code.group("code");
                subject = before.substring(code.end());
            } else if (item != null && item.title() != null && DecisionListTagger.opensItem(view, b)) {
                number = item.number();
                subject = item.title();
            } else {
                continue;
            }
            if (draft.decisions.stream().noneMatch(d -> Objects.equals(d.agendaItem(), number))) {
                draft.decisions.add(DecisionListTagger.decision(view, ids, subject, number, Outcomes.printed(last, outcome.get()),
                        outcome.get().outcome(), view.block(b).page()));
            }
        }
    }
}
