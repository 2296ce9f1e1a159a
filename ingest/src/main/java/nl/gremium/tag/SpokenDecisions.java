package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.text.BlockText;

/**
 * In a verbatim record a member or an alderman decides nothing by saying "De raad stelt hopelijk vandaag het plan vast"
 * or "Als wij deze norm vaststellen, …": the decisions an earlier stage read in their turns are dropped. The chair's
 * turns and the record's own lines ("De agenda wordt ongewijzigd vastgesteld.") keep theirs, and the votes are read
 * after this stage ({@link VoteTagger}).
 */
final class SpokenDecisions implements Tagger {
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern ENDED = Pattern.compile("[.!?:\"”’]\\s*$");
    /**
     * A turn goes on over the paragraphs after it (a long speech, a sentence the parser broke off) until the record's
     * own line, which is short; a speaker's short paragraph is taken for that line, which keeps what it decides.
     */
    private static final int NARRATION = 12;

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        if (draft.decisions.isEmpty() || !Turns.verbatim(view)) {
            return;
        }
        List<Integer> spoken = new ArrayList<>(); // the paragraphs of a turn other than the chair's
        boolean inTurn = false;
        boolean ended = true; // the last paragraph read ended its sentence
        for (int b = 0; b < view.blocks.size(); b++) {
            String text = view.text(b);
            if (view.is(b, BlockType.HEADING) || view.is(b, BlockType.TABLE)) {
                inTurn = false;
                continue;
            }
            if (PAGE_NUMBER.matcher(text).matches()) {
                continue;
            }
            String speaker = Turns.opens(text);
            if (speaker != null) {
                inTurn = !Turns.chair(speaker);
            } else if (inTurn && ended && BlockText.words(text) <= NARRATION) {
                inTurn = false; // the record's own short line after a speech: "De agenda wordt ongewijzigd vastgesteld."
            }
            if (inTurn) {
                spoken.add(b);
            }
            ended = ENDED.matcher(text).find();
        }
        draft.decisions.removeIf(d -> saidIn(d, spoken, view));
    }

    private static boolean saidIn(Decision d, List<Integer> spoken, DocumentView view) {
        return spoken.stream().anyMatch(b -> view.holds(b, d.page(), d.text()));
    }
}
