package nl.gremium.tag;

import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Tags;

/** Runs every tagger over one logical document (decisions, recommendations, actions, amounts, entities, funding). */
public final class DocumentTagger {
    // PLACEHOLDER (owner: tag). Funding facts come from nl.gremium.tables.FundingFactExtractor.
    public Tags tag(LogicalDocument doc) {
        return Tags.EMPTY;
    }
}
