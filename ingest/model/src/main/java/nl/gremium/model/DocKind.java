package nl.gremium.model;

/** What kind of logical document this is; names are the lower-case wire values. */
public enum DocKind {
    agenda, minutes, decision_list, document_list, letter, inspection_report, proposal, motion, amendment, report,
    schedule, other
}
