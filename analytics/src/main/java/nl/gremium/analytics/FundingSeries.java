package nl.gremium.analytics;

import java.util.List;

/** The funding history of one organisation/region in one stream ("BDuR", "loon- en prijsbijstelling"). */
public record FundingSeries(String organisation, String stream, List<FundingYear> years,
                            List<FundingRevision> revisions) {}
