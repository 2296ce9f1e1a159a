package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.nlp.JudgeLabel;
import nl.gremium.nlp.SourceText;

/**
 * The last stage of every chain: a judge's second opinion on the decisions and actions the rules found.
 * The mode comes from the system property {@value #PROPERTY}:
 * <ul>
 *   <li>{@code rules}: the records stay as the rules made them (the judge is not consulted);</li>
 *   <li>{@code both}: the learned judge adds a sentence or table row the rules missed when it is confident
 *   ({@value #ADD_BOTH} or more) that it is a decision or an action, and drops a rule record it firmly
 *   ({@value #DROP_BOTH} or more) reads as something else;</li>
 *   <li>{@code model}: the learned judge decides: a rule record stays only if the judge does not read it as
 *   something else with {@value #DROP_MODEL} or more, and every unit it reads as a decision or action with
 *   {@value #ADD_MODEL} or more is added.</li>
 * </ul>
 * Decisions are only added where the decision tagger would look for them (not in agendas or proposals), and
 * actions only where the action tagger would.
 */
final class JudgedCandidates implements Tagger {
    static final String PROPERTY = "gremium.judge";
    static final double ADD_BOTH = 0.85;
    static final double DROP_BOTH = 0.9;
    static final double ADD_MODEL = 0.6;
    static final double DROP_MODEL = 0.5;

    /** How far the judge's opinion goes; see the class comment. */
    enum Mode { rules, model, both }

    /** Until the lead's ablation on unseen documents says otherwise, the rules alone. */
    static final Mode DEFAULT = Mode.rules;

    private final RoleJudge judge;
    private final Mode mode;

    /** The learned judge, mode from {@value #PROPERTY} at each document. */
    JudgedCandidates() {
        this(null, null);
    }

    /** @param judge null for the packaged learned judge; @param mode null to read {@value #PROPERTY} */
    JudgedCandidates(RoleJudge judge, Mode mode) {
        this.judge = judge;
        this.mode = mode;
    }

    static Mode configuredMode() {
        String v = System.getProperty(PROPERTY, DEFAULT.name()).strip().toLowerCase(Locale.ROOT);
        try {
            return Mode.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be rules, model or both, not '" + v + "'", e);
        }
    }

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        Mode m = mode != null ? mode : configuredMode();
        if (m == Mode.rules) {
            return;
        }
        RoleJudge j = judge != null ? judge : LearnedJudge.shared();
        double drop = m == Mode.both ? DROP_BOTH : DROP_MODEL;
        double add = m == Mode.both ? ADD_BOTH : ADD_MODEL;
        draft.decisions.removeIf(d -> rejects(j, d.text(), JudgeLabel.decision, drop));
        draft.actions.removeIf(a -> rejects(j, a.text(), JudgeLabel.action, drop));

        boolean decisions = DecisionTagger.recordsDecisions(view.doc.kind());
        boolean actions = ActionTagger.recordsActions(view.doc.kind());
        IdSequence decisionIds = after(draft.ids('d'), draft.decisions.stream().map(Decision::id).toList());
        IdSequence actionIds = after(draft.ids('a'), draft.actions.stream().map(Action::id).toList());
        Integer year = view.date() == null ? null : view.date().getYear();
        for (Unit u : units(view)) {
            if (covered(u.text(), draft)) {
                continue;
            }
            RoleJudge.Judgement g = j.judge(u.text(), u.kind());
            if (g.confidence() < add) {
                continue;
            }
            AgendaItem item = view.item(u.block());
            if (g.label() == JudgeLabel.decision && decisions) {
                draft.decisions.add(new Decision(decisionIds.next(), u.text(), item == null ? null : item.number(),
                        item == null ? null : item.title(), view.doc.metadata() == null ? null : view.doc.metadata().body(),
                        view.date(), null, DecisionTagger.outcome(u.text()), u.page(), null));
            } else if (g.label() == JudgeLabel.action && actions && u.kind() == SourceText.Kind.sentence) {
                draft.actions.add(ActionTagger.action(actionIds, u.text(), ActionTagger.actor(u.text(), List.of(), view),
                        year, item == null ? null : item.number(), u.page()));
            }
        }
    }

    private static boolean rejects(RoleJudge j, String text, JudgeLabel label, double threshold) {
        RoleJudge.Judgement g = j.judge(text, SourceText.Kind.sentence);
        return g.label() != label && g.confidence() >= threshold;
    }

    /** A candidate: one sentence of a text block, or one row of a table (cells joined as in {@link SourceText}). */
    record Unit(String text, SourceText.Kind kind, int block, int page) {}

    static List<Unit> units(DocumentView view) {
        List<Unit> out = new ArrayList<>();
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            if (block.is(BlockType.HEADING)) {
                continue;
            }
            if (block.is(BlockType.TABLE)) {
                if (block.table() == null) {
                    continue;
                }
                for (List<Cell> row : block.table().body()) {
                    String text = row.stream().map(c -> DocumentView.normalise(c.text()))
                            .collect(Collectors.joining(SourceText.CELL_SEPARATOR));
                    if (!text.replace("|", "").isBlank()) {
                        out.add(new Unit(text, SourceText.Kind.row, b, block.page()));
                    }
                }
                continue;
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                if (s.text().length() <= DocumentView.MAX_SENTENCE && !s.text().isBlank()) {
                    out.add(new Unit(s.text(), SourceText.Kind.sentence, b, s.page()));
                }
            }
        }
        return out;
    }

    /** Whether a record already holds this text (or the text holds the record's). */
    private static boolean covered(String text, TagDraft draft) {
        for (Decision d : draft.decisions) {
            if (d.text().contains(text) || text.contains(d.text())) {
                return true;
            }
        }
        for (Action a : draft.actions) {
            if (a.text().contains(text) || text.contains(a.text())) {
                return true;
            }
        }
        return false;
    }

    /** A fresh id sequence advanced past the highest number already used, so added records never reuse an id. */
    private static IdSequence after(IdSequence fresh, List<String> used) {
        int max = 0;
        for (String id : used) {
            int hash = id.lastIndexOf('#');
            String digits = hash < 0 ? "" : id.substring(hash + 2);
            if (digits.matches("\\d+")) {
                max = Math.max(max, Integer.parseInt(digits));
            }
        }
        for (int i = 0; i < max; i++) {
            fresh.next();
        }
        return fresh;
    }
}
