package nl.gremium.nlp;

/** What a sentence does in a governance text; the categories of the sentence-role model. */
public enum SentenceRole { decision, recommendation, action, proposal, other }
