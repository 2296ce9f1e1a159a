package nl.gremium.tag;

import java.util.regex.Pattern;
import nl.gremium.nlp.JudgeLabel;
import nl.gremium.nlp.SourceText;

/**
 * The rules as a judge: the decision tagger's score (a body deciding in so many words is surer than a passive
 * form), its proposal forms, the action tagger's commitment forms, and an outcome printed in a table row.
 * Confidences are fixed per rule, not measured: they only order the rules' own certainty.
 */
final class RuleJudge implements RoleJudge {
    /** A decision list's row carries its outcome as printed. */
    private static final Pattern ROW_OUTCOME = Pattern.compile(
            "(?i)\\b(?:aangenomen|verworpen|aangehouden|ingetrokken|conform|vastgesteld|akkoord|hamerstuk)\\b");

    @Override
    public Judgement judge(String text, SourceText.Kind unit) {
        if (unit == SourceText.Kind.row) {
            return ROW_OUTCOME.matcher(text).find() ? new Judgement(JudgeLabel.decision, 0.6)
                    : new Judgement(JudgeLabel.other, 0.6);
        }
        int score = DecisionTagger.score(text);
        if (score > 0) {
            return new Judgement(JudgeLabel.decision, score >= 2 ? 0.9 : 0.75);
        }
        if (DecisionTagger.proposes(text)) {
            return new Judgement(JudgeLabel.proposed_decision, 0.7);
        }
        if (ActionTagger.isAction(text)) {
            return new Judgement(JudgeLabel.action, 0.7);
        }
        return new Judgement(JudgeLabel.other, 0.6);
    }
}
