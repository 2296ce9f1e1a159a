package nl.gremium.tables;

import java.util.List;
import nl.gremium.model.Amount;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;

/** Derives funding facts (organisation, year, stream, value, kind) from amount tables and letter text. */
public final class FundingFactExtractor {
    // PLACEHOLDER (owner: tables)
    public List<FundingFact> extract(LogicalDocument doc, List<Amount> amounts) {
        return List.of();
    }
}
