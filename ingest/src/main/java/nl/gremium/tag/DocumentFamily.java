package nl.gremium.tag;

import java.util.List;
import java.util.Set;
import nl.gremium.classify.AgendaRecogniser;
import nl.gremium.classify.DecisionListRecogniser;
import nl.gremium.classify.LetterRecogniser;
import nl.gremium.classify.MinutesRecogniser;
import nl.gremium.classify.MotionRecogniser;
import nl.gremium.classify.ProposalRecogniser;
import nl.gremium.classify.Recogniser;
import nl.gremium.classify.ReportRecogniser;
import nl.gremium.model.DocKind;

/**
 * The one table of document families: which kinds belong to a family, how the family is recognised (its
 * {@link Recogniser}: a table of title and body cues with weights, in {@code nl.gremium.classify}) and which
 * taggers run on it, in order. The classifier sums every family's cues and picks the best-scoring kind. To
 * support a new family: add its kind to {@code DocKind}, a constant here, and a recogniser beside the others.
 */
public enum DocumentFamily {
    DECISION_LIST(Set.of(DocKind.decision_list), new DecisionListRecogniser()),
    MINUTES(Set.of(DocKind.minutes), new MinutesRecogniser()),
    PROPOSAL(Set.of(DocKind.proposal), new ProposalRecogniser()),
    MOTION(Set.of(DocKind.motion, DocKind.amendment), new MotionRecogniser()),
    AGENDA(Set.of(DocKind.agenda, DocKind.schedule, DocKind.document_list), new AgendaRecogniser()),
    LETTER(Set.of(DocKind.letter), new LetterRecogniser()),
    REPORT(Set.of(DocKind.report, DocKind.inspection_report), new ReportRecogniser()),
    OTHER(Set.of(DocKind.other), Recogniser.NONE);

    private final Set<DocKind> kinds;
    private final Recogniser recogniser;

    DocumentFamily(Set<DocKind> kinds, Recogniser recogniser) {
        this.kinds = kinds;
        this.recogniser = recogniser;
    }

    public Set<DocKind> kinds() {
        return kinds;
    }

    /** How documents of this family announce themselves; scores only this family's kinds. */
    public Recogniser recogniser() {
        return recogniser;
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
        static final List<Tagger> STANDARD = List.of(AMOUNTS, DECISIONS, RECOMMENDATIONS, ACTIONS, ENTITIES, FUNDING);
    }
}
