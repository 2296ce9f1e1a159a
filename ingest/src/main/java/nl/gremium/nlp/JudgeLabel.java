package nl.gremium.nlp;

/**
 * The role of a sentence or table row as the learned judge sees it: a decision taken, a decision proposed
 * (draft resolution, motion dictum, "stelt voor te besluiten"), a recommendation to someone, an action
 * someone will take, or none of these.
 */
public enum JudgeLabel { decision, proposed_decision, recommendation, action, other }
