package nl.gremium.tag;

import nl.gremium.nlp.JudgeLabel;
import nl.gremium.nlp.SourceText;

/**
 * Judges what a candidate sentence or table row does: a decision, a proposed decision, a recommendation, an
 * action or none of these, with a confidence in [0, 1]. {@link RuleJudge} answers from the taggers' rules,
 * {@link LearnedJudge} from the model trained on labelled real documents; {@link JudgedCandidates} uses one.
 */
interface RoleJudge {
    record Judgement(JudgeLabel label, double confidence) {}

    Judgement judge(String text, SourceText.Kind unit);
}
