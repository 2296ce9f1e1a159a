package nl.gremium.tag;

import java.util.List;
import nl.gremium.model.Amount;
import nl.gremium.model.Decision;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Tags;
import nl.gremium.tables.FundingFactExtractor;

/**
 * Runs every tagger over one logical document (decisions, recommendations, actions, amounts, entities,
 * funding). Ids are the document id plus "#d1" (decisions), "#r1", "#a1", "#m1" (amounts).
 */
public final class DocumentTagger {
    private final DecisionTagger decisions = new DecisionTagger();
    private final RecommendationTagger recommendations = new RecommendationTagger();
    private final ActionTagger actions = new ActionTagger();
    private final AmountTagger amounts = new AmountTagger();
    private final EntityTagger entities = new EntityTagger();
    private final FundingFactExtractor funding = new FundingFactExtractor();

    public Tags tag(LogicalDocument doc) {
        DocumentView view = new DocumentView(doc);
        String id = doc.id();
        List<Amount> found = amounts.tag(view, new IdSequence(id, 'm'));
        List<Decision> decided = decisions.tag(view, new IdSequence(id, 'd'));
        return new Tags(decided,
                recommendations.tag(view, new IdSequence(id, 'r')),
                actions.tag(view, new IdSequence(id, 'a'), decided),
                found,
                entities.tag(view),
                funding.extract(doc, found));
    }
}
