package nl.gremium.tag;

import java.util.Arrays;
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
    DECISION_LIST(Set.of(DocKind.decision_list), new DecisionListRecogniser(), true),
    MINUTES(Set.of(DocKind.minutes), new MinutesRecogniser(), true),
    /** A proposal's decision items are proposals; it decides only through its adopted dictum. */
    PROPOSAL(Set.of(DocKind.proposal), new ProposalRecogniser(), false),
    MOTION(Set.of(DocKind.motion, DocKind.amendment), new MotionRecogniser(), true),
    AGENDA(Set.of(DocKind.agenda, DocKind.schedule, DocKind.document_list), new AgendaRecogniser(), false),
    LETTER(Set.of(DocKind.letter), new LetterRecogniser(), true),
    REPORT(Set.of(DocKind.report, DocKind.inspection_report), new ReportRecogniser(), false),
    OTHER(Set.of(DocKind.other), Recogniser.NONE, true);

    private final Set<DocKind> kinds;
    private final Recogniser recogniser;
    private final boolean recordsDecisions;

    DocumentFamily(Set<DocKind> kinds, Recogniser recogniser, boolean recordsDecisions) {
        this.kinds = kinds;
        this.recogniser = recogniser;
        this.recordsDecisions = recordsDecisions;
    }

    /** Whether this family's text records decisions of its own, so that a decision sentence in it is one. */
    public boolean recordsDecisions() {
        return recordsDecisions;
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
        if (kind == null) {
            return OTHER;
        }
        for (DocumentFamily f : values()) {
            if (f.kinds.contains(kind)) {
                return f;
            }
        }
        return OTHER;
    }

    /** Every family's recogniser, for the classifier. */
    public static List<Recogniser> recognisers() {
        return Arrays.stream(values()).map(DocumentFamily::recogniser).toList();
    }

    /** The taggers of this family, in the order they run (amounts before funding, decisions before actions). */
    List<Tagger> taggers() {
        return switch (this) {
            case PROPOSAL -> Chain.PROPOSAL;
            case MOTION -> Chain.MOTION;
            case REPORT -> Chain.REPORT;
            case DECISION_LIST -> Chain.DECISION_LIST;
            case LETTER -> Chain.LETTER;
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
        /** After the sentence taggers: action and commitments lists printed as tables. */
        static final Tagger ACTION_TABLES = new ActionTableTagger();
        /** After the general actions in a meeting's record: toezeggingen, agreed points, and the meeting's own procedure left out. */
        static final Tagger MEETING_ACTIONS = new MinutesActionTagger();
        /** After the general actions: a decided clause that orders someone is that party's task. */
        static final Tagger DICTUM_ACTIONS = new DictumActionTagger();
        /** Last in every chain: the judge's second opinion on what the rules found (mode: gremium.judge). */
        static final Tagger JUDGED = new JudgedCandidates();
        /** Also for letters and papers of no known kind: a rekenkamer's letter or an annex may carry a recommendations table. */
        static final Tagger RECOMMENDATION_TABLES = new RecommendationTableTagger();
        static final Tagger DISTINCT_RECOMMENDATIONS = new DistinctRecommendations();
        /** After the recommendation stages: the addressee the paper states for all of them ("De aanbevelingen zijn gericht aan …"). */
        static final Tagger PAPER_ADDRESSEE = new PaperAddressee(false);
        /** After every stage that finds recommendations: their due dates. */
        static final Tagger DEADLINES = new RecommendationDeadlines();
        static final List<Tagger> STANDARD = List.of(AMOUNTS, DECISIONS, RECOMMENDATIONS, RECOMMENDATION_TABLES, DEADLINES, ACTIONS, ACTION_TABLES, ENTITIES,
                FUNDING, JUDGED);
        /** Reports: recommendations also from tables and running sentences, each once; the reaction's commitments. */
        static final List<Tagger> REPORT = List.of(AMOUNTS, DECISIONS, RECOMMENDATIONS, RECOMMENDATION_TABLES,
                new InlineRecommendationTagger(), DISTINCT_RECOMMENDATIONS, PAPER_ADDRESSEE, DEADLINES, ACTIONS, new ResponseActionTagger(), ACTION_TABLES,
                ENTITIES, FUNDING, JUDGED);
        /** A proposal decides only through its (adopted) dictum; a decided clause that orders someone is a task too. */
        static final List<Tagger> PROPOSAL = List.of(AMOUNTS, new DictumTagger(), RECOMMENDATIONS, DEADLINES, ACTIONS,
                DICTUM_ACTIONS, ACTION_TABLES, ENTITIES, FUNDING, JUDGED);
        /**
         * A motion's considerations are no commitments: its requests are its only actions, and an adopted amendment's
         * clause that orders someone ("het college op te dragen …") is that party's task.
         */
        static final List<Tagger> MOTION = List.of(AMOUNTS, new MotionTagger(), DICTUM_ACTIONS, ENTITIES, JUDGED);
        /**
         * Decision lists: one decision per row (or "Besluit:" paragraph) with its printed outcome; the meeting's
         * toezeggingen and its list of action points are recorded as in minutes, and a decision that orders a body is its task.
         */
        static final List<Tagger> DECISION_LIST = List.of(AMOUNTS, new DecisionListTagger(), RECOMMENDATIONS, DEADLINES, ACTIONS,
                MEETING_ACTIONS, DICTUM_ACTIONS, ACTION_TABLES, ENTITIES, FUNDING, JUDGED);
        /**
         * A letter decides and commits in its sender's voice sentence by sentence (a Woo decision refuses
         * per ground, an inventory per document): the letter stages add what the standard ones, which
         * read one dictum per item, leave out; an auditor's or inspectorate's letter recommends in running text, and an
         * auditor's management letter prints the board's reaction beside each recommendation.
         */
        static final List<Tagger> LETTER = List.of(AMOUNTS, DECISIONS, new LetterDecisionTagger(), RECOMMENDATIONS,
                RECOMMENDATION_TABLES, new InlineRecommendationTagger(true), DISTINCT_RECOMMENDATIONS, new PaperAddressee(true), DEADLINES, ACTIONS, new LetterActionTagger(),
                new ResponseActionTagger(true), ACTION_TABLES, ENTITIES, FUNDING, JUDGED);
        /** Minutes: what members say in a verbatim record decides nothing; votes replace what the general decision
         *  tagger read from the same sentences; an item closed by its outcome alone ("Besluit: conform.") is decided on
         *  its title; toezeggingen and agreed points add to the general actions, the meeting's
         *  own procedure leaves them. */
        static final List<Tagger> MINUTES = List.of(AMOUNTS, DECISIONS, new SpokenDecisions(), new VoteTagger(), new LabelledOutcomes(),
                RECOMMENDATIONS, DEADLINES, ACTIONS,
                MEETING_ACTIONS, ACTION_TABLES, ENTITIES, FUNDING, JUDGED);
    }
}
