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
        return switch (this) {
            case MINUTES -> Chain.MINUTES;
            default -> Chain.STANDARD;
        };
    }

    /** Tagger instances are stateless and shared by every family that runs them. */
    private static final class Chain {
        static final Tagger AMOUNTS = new AmountTagger();
        static final Tagger DECISIONS = new DecisionTagger();
        static final Tagger RECOMMENDATIONS = new RecommendationTagger();
        static final Tagger ACTIONS = new ActionTagger();
        static final Tagger ENTITIES = new EntityTagger();
        static final Tagger FUNDING = new FundingTagger();
        static final Tagger VOTES = new VoteTagger();
        static final Tagger MINUTES_ACTIONS = new MinutesActionTagger();
        static final List<Tagger> STANDARD = List.of(AMOUNTS, DECISIONS, RECOMMENDATIONS, ACTIONS, ENTITIES, FUNDING);
        /** Minutes: votes replace what the general decision tagger read from the same sentences; toezeggingen and
         *  agreed points add to the general actions, the meeting's own procedure leaves them. */
        static final List<Tagger> MINUTES = List.of(AMOUNTS, DECISIONS, VOTES, RECOMMENDATIONS, ACTIONS, MINUTES_ACTIONS,
                ENTITIES, FUNDING);
    }
}
