package nl.gremium.tag;

import java.util.List;
import java.util.Set;
import nl.gremium.model.DocKind;

/**
 * The one table of document families: which kinds belong to a family and which taggers run on it, in
 * order. To support a new family, add a constant here (and its kind's cues to the classifier).
 */
public enum DocumentFamily {
    DECISION_LIST(Set.of(DocKind.decision_list)),
    MINUTES(Set.of(DocKind.minutes)),
    PROPOSAL(Set.of(DocKind.proposal)),
    MOTION(Set.of(DocKind.motion, DocKind.amendment)),
    AGENDA(Set.of(DocKind.agenda, DocKind.schedule, DocKind.document_list)),
    LETTER(Set.of(DocKind.letter)),
    REPORT(Set.of(DocKind.report, DocKind.inspection_report)),
    OTHER(Set.of(DocKind.other));

    private final Set<DocKind> kinds;

    DocumentFamily(Set<DocKind> kinds) {
        this.kinds = kinds;
    }

    public Set<DocKind> kinds() {
        return kinds;
    }

    /** The family of a kind; a document without kind is {@link #OTHER}. */
    public static DocumentFamily of(DocKind kind) {
        for (DocumentFamily f : values()) {
            if (f.kinds.contains(kind)) {
                return f;
            }
        }
        return OTHER;
    }

    /** The taggers of this family, in the order they run (amounts before funding, decisions before actions). */
    List<Tagger> taggers() {
        return Chain.STANDARD;
    }

    /** Tagger instances are stateless and shared by every family that runs them. */
    private static final class Chain {
        static final Tagger AMOUNTS = new AmountTagger();
        static final Tagger DECISIONS = new DecisionTagger();
        static final Tagger RECOMMENDATIONS = new RecommendationTagger();
        static final Tagger ACTIONS = new ActionTagger();
        static final Tagger ENTITIES = new EntityTagger();
        static final Tagger FUNDING = new FundingTagger();
        /** Last in every chain: the judge's second opinion on what the rules found (mode: gremium.judge). */
        static final Tagger JUDGED = new JudgedCandidates();
        static final List<Tagger> STANDARD = List.of(AMOUNTS, DECISIONS, RECOMMENDATIONS, ACTIONS, ENTITIES, FUNDING,
                JUDGED);
    }
}
