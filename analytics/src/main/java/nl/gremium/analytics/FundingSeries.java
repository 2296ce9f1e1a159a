package nl.gremium.analytics;

import java.util.List;

/**
 * The funding history of one organisation in one regulation stream ("BDuR"): one line per letter over the
 * years, every statement per year, the revisions between letters, and the components (column headers,
 * distribution keys) the letters break the stream into, as a drill-down.
 */
public record FundingSeries(String organisation, String stream, List<FundingLetter> letters, List<FundingYear> years,
                            List<FundingRevision> revisions, List<String> components) {}
