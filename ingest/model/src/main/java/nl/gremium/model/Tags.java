package nl.gremium.model;

import java.util.List;

/** Everything the taggers found in one logical document. */
public record Tags(List<Decision> decisions, List<Recommendation> recommendations, List<Action> actions,
                   List<Amount> amounts, List<Entity> entities, List<FundingFact> funding, List<Motion> motions) {

    public static final Tags EMPTY = new Tags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Null lists (older stored documents have no motions) read as empty. */
    public Tags {
        decisions = copy(decisions);
        recommendations = copy(recommendations);
        actions = copy(actions);
        amounts = copy(amounts);
        entities = copy(entities);
        funding = copy(funding);
        motions = copy(motions);
    }

    /** Tags of a document that is no motion or amendment. */
    public Tags(List<Decision> decisions, List<Recommendation> recommendations, List<Action> actions,
                List<Amount> amounts, List<Entity> entities, List<FundingFact> funding) {
        this(decisions, recommendations, actions, amounts, entities, funding, List.of());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
