package nl.gremium.model;

import java.util.List;

/** Everything the taggers found in one logical document. */
public record Tags(List<Decision> decisions, List<Recommendation> recommendations, List<Action> actions,
                   List<Amount> amounts, List<Entity> entities, List<FundingFact> funding) {

    public static final Tags EMPTY = new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Tags {
        decisions = List.copyOf(decisions);
        recommendations = List.copyOf(recommendations);
        actions = List.copyOf(actions);
        amounts = List.copyOf(amounts);
        entities = List.copyOf(entities);
        funding = List.copyOf(funding);
    }
}
