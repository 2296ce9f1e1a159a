package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.GuardedPattern;
import nl.gremium.text.PageFurniture;
import nl.gremium.text.RegexGuard;

/**
 * What minutes record as follow-up beyond the general action forms, and what they record that only looks like
 * one. Runs after {@link ActionTagger} on minutes, verslagen of overleg and decision lists:
 * <ul>
 *   <li>adds toezeggingen ("de wethouder doet de toezegging dat …", "dat heeft de wethouder toegezegd"), promises
 *   to come back ("komt erop terug"), requests put to a party ("met het verzoek aan de wethouder om …", "heeft
 *   het college verzocht …"), announced products ("er komt een notitie …"), passive follow-up ("dit wordt
 *   ambtelijk afgestemd") and every point under a heading that lists agreements or actions ("Afspraken",
 *   "Actiepunten", "Toezeggingen"), whose leading label names who does it ("Dagelijks bestuur: notitie …");</li>
 *   <li>drops statements about the conduct of the meeting itself ("we gaan over tot de stemmingen", "wordt de
 *   volgende motie ingediend"): they are done when the minutes are written.</li>
 * </ul>
 */
final class MinutesActionTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The meeting's own procedure: submitting motions, voting, suspending, giving the floor. */
    private static final GuardedPattern PROCEDURE = GuardedPattern.of(
            // (not "in te stemmen met": agreeing, no vote)
            "\\bingediend\\b|\\bstemming(?:en)?\\b|\\bgestemd\\b|(?<!\\bin\\ste\\s)\\bstemmen\\b|\\bschors(?:en|ing)\\b|\\bgeschorst\\b|"
                    + "\\bhet\\s+woord\\b|\\bspreektijd\\b|\\b(?:eerste|tweede)\\s+termijn\\b|\\binterruptie|\\bde\\s+beraadslaging\\b|"
                    + "\\bvoor\\s+te\\s+lezen\\b|\\bvoorlezen\\b|\\bheropen|\\bsluit\\s+de\\s+vergadering\\b|\\bvanavond\\b|"
                    + "\\bnu\\s+(?:over\\s+)?(?:tot|naar)\\b", I,
            "ingediend", "stemming", "stemmingen", "gestemd", "stemmen", "schorsen", "schorsing", "geschorst", "woord", "spreektijd",
            "termijn", "interruptie*", "beraadslaging", "lezen", "voorlezen", "heropen*", "sluit", "vanavond", "nu");
    /** Guarded by the word each alternative needs. */
    private static final GuardedPattern PROMISE = GuardedPattern.of(
            "\\btoegezegd\\b|\\btoezegging\\s+(?:doet|gedaan|gedaan\\s+is)\\b|\\bdoe[tn]?\\s+(?:de|een|daarbij\\s+de)\\s+toezegging\\b|"
                    + "\\bzeg(?:t|gen)?\\b" + ActionTagger.SAME_CLAUSE_TOE + "|\\bkom(?:t|en)\\s+(?:er|hier|daar)\\s*op\\s+terug\\b|"
                    + "\\bkom(?:t|en)\\b[^.?]{0,60}?\\bop\\s+terug\\b", I,
            "toegezegd", "toezegging", "zeg", "zegt", "zeggen", "terug");
    private static final GuardedPattern REQUEST = GuardedPattern.of(
            "\\b(?:met\\s+(?:daarbij\\s+)?het\\s+)?verzoek\\s+aan\\s+(?<np>(?:de|het)\\s+[^,.;]{3,60}?)\\s+(?:om|of)\\b|"
                    + "\\b(?:heeft|hebben)\\s+(?<np2>(?:het|de)\\s+[^,.;]{3,60}?)\\s+verzocht\\b", I, "verzoek", "verzocht");
    private static final Pattern PRODUCT = CaseFold.compile(
            "^er\\s+kom(?:t|en)\\s+(?:nog\\s+)?(?:een|nieuwe)\\s+\\p{L}+", I);
    private static final GuardedPattern PASSIVE = GuardedPattern.of(
            "\\b(?:wordt|worden)\\s+(?:(?:nog|nader|ambtelijk|bestuurlijk|schriftelijk|later|verder|dan|ook)\\s+){0,3}"
                    + "(?:afgestemd|uitgezocht|nagegaan|nagevraagd|doorgegeven|gecommuniceerd|samengevat|verspreid|"
                    + "nagezonden|rondgestuurd|aangeleverd|opgevolgd|uitgewerkt|teruggekoppeld|nagestuurd)\\b(?!\\s+(?:dat|of|hoe)\\b)", I,
            "wordt", "worden");
    /** "Het volgende overleg vindt plaats in februari": among the agreed points, a date, not a task. */
    private static final Pattern NEXT_MEETING = CaseFold.compile(
            "(?iu)^(?:[-–•]\\s*)?(?:het|de)\\s+(?:volgende|eerstvolgende)\\s+(?:overleg|vergadering|bijeenkomst)\\b");
    /** A heading over agreed points: every point under it is an action. */
    private static final Pattern AGREED_HEADING = CaseFold.compile(
            "^(?:\\d+[.)]?\\s*)?(?:vervolg)?(?:afspraken|acties|actiepunten|actielijst|toezeggingen|vervolgstappen|"
                    + "vervolgafspraken|afspraken\\s+en\\s+acties)\\s*:?$", I);
    /** The record's own closing ends its agreed points: "Vastgesteld in de vergadering van …", "De griffier, …". */
    private static final Pattern SIGN_OFF = CaseFold.compile("^(?:aldus\\s+)?vastgesteld\\s+(?:in|op|door)\\b"
            + "|^(?:de|het)\\s+(?:griffier|voorzitter|secretaris|notulist)\\s*,|^" + Cues.CLOSING_WORDS, I);
    /** The fewest words of an agreed point: a list's number or "(punt 5)" left over from its item is none. */
    private static final int POINT_WORDS = 3;
    /** A condition; a question is {@link DocumentView#isQuestion}. */
    private static final Pattern NOT_ACTION_FRAME = CaseFold.compile("^(?:als|indien|wanneer|mocht)\\b", I);
    private static final GuardedPattern NOT_ACTION_WORDS = GuardedPattern.of(
            "\\b(?:zou|zouden|hoop|hopen|vorig\\s+jaar|destijds)\\b", I, "zou", "zouden", "hoop", "hopen", "vorig", "destijds");
    /**
     * A promise pointed at, not made (what was promised is said elsewhere, where it is the action): the whole sentence
     * ("Ja, dat heeft de gedeputeerde al toegezegd.", "Volgens mij heeft hij dat toegezegd."), or a pronoun for what was
     * already promised ("dat punt was al eerder toegezegd", "wat ik al heb toegezegd", "In de commissie heb ik dit al
     * toegezegd, dus …").
     */
    private static final Pattern POINTED_AT = CaseFold.compile("(?iu)^(?:(?:ja|nee|en|maar|volgens\\s+mij)\\s*,?\\s+)?"
            + "(?:(?:dat|dit|het)\\s+(?:heeft|hebben|heb)\\s+(?:\\S+\\s+){1,3}?|(?:heeft|hebben|heb)\\s+(?:\\S+\\s+){1,3}?(?:dat|dit|het)\\s+)"
            + "(?:ook\\s+|al\\s+)*toegezegd\\s*[.!]?$"
            + "|\\b(?:dit|dat|het|wat|iets|deze)(?:\\s+punt)?\\s+(?:(?:was|is|werd|heb|heeft|had|hebben|ik|hij|zij|wij|we)\\b(?:\\s+\\S+){0,4}?\\s+)?"
            + "(?:al|ook|eerder)(?:\\s+\\S+){0,2}?\\s+toegezegd\\b(?!\\s*(?:om|dat)\\b)");
    /**
     * A promise pointed at in the list of commitments, where it is the action: "Hij doet een toezegging over het vervolg
     * (T26-31).", "… en doet een toezegging (nr. 3)." (what is promised is said there, not here).
     */
    private static final Pattern LISTED = CaseFold.compile(
            "\\bdoe[tn]?\\s+(?:daarover\\s+)?(?:een|de)\\s+toezegging\\b[^.;()]{0,80}\\((?:nr\\.?\\s*|zie\\s+)?[^()]{1,40}\\)\\s*\\.?$", I);
    /** The party before the verb ("Wethouder Jansen zegt toe", "de provincie doet de toezegging"). */
    private static final Pattern SUBJECT = CaseFold.compile(
            "^(?:(?:ja|nee|en|maar|dan|daarop|hierop)\\s*,?\\s+)?(?<np>(?:de|het)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,4}?|"
                    + "\\p{Lu}[\\p{L}-]+(?:\\s+(?:van|de|der|den|ter)?\\s*\\p{Lu}?[\\p{L}-]+){0,3}?|ik|wij|we|hij|zij)\\s+"
                    + "(?:zegt|zeggen|zeg|doet|doen|komt|komen|heeft|hebben|wil|zal|zullen)\\b", I);
    /** The subject right after the verb of a sentence that opens with an adverb: "het college" in "Daar komt het college …". */
    private static final Pattern INVERTED_SUBJECT = CaseFold.compile("\\s*(?<np>(?:de|het)\\s+[\\p{L}-]+|ik|wij|we|hij|zij|u)\\b", I);
    /** "… heeft de wethouder toegezegd": the party after the auxiliary. */
    private static final Pattern AGENT_AFTER = CaseFold.compile(
            "\\b(?:heeft|hebben)\\s+(?<np>(?:de|het)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?:ook\\s+|al\\s+)*toegezegd\\b"
                    // "… dat de wethouder heeft toegezegd om …": the party right before the auxiliary
                    + "|\\bdat\\s+(?<np2>(?:de|het)\\s+[\\p{L}-]+)\\s+(?:heeft|hebben)\\s+(?:\\S+\\s+){0,4}?toegezegd\\b", I);

    /** "… dat de provincie de toezegging doet", "… dat de wethouder toezegt": the party just before. */
    private static final Pattern PROMISER = CaseFold.compile(
            "(?<np>\\b(?:de|het)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)\\s+(?:(?:de|een)\\s+toezegging\\s+doe[tn]|"
                    + "toe(?:zegt|zeggen))\\b", I);

    private static final Pattern GRANTED = CaseFold.compile(
            "\\b(?:is|zijn|werd|werden|wordt|worden)\\s+(?:\\S+\\s+){0,8}?toegezegd\\b", I);
    /** The speaker's own promise, now or reported: "ik zeg toe", "zeg ik … toe", "ik heb … toegezegd". */
    private static final Pattern OWN_PROMISE = CaseFold.compile(
            "\\b(?:ik|wij|we)\\s+(?:zeg|zeggen)\\b" + ActionTagger.SAME_CLAUSE_TOE + "|\\b(?:zeg|zeggen)\\s+(?:ik|wij|we)\\b" + ActionTagger.SAME_CLAUSE_TOE
                    + "|\\b(?:ik|wij|we)\\s+(?:heb|hebben)\\b[^.]*\\btoegezegd\\b|\\b(?:heb|hebben)\\s+(?:ik|wij|we)\\b[^.]*\\btoegezegd\\b", I);
    /** A point's leading label of up to four words: "Dagelijks bestuur: notitie …", "Commandant brandweer: analyse …". */
    private static final Pattern PARTY_LABEL = CaseFold.compile("(?<np>\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,3})\\s*:\\s+\\S");
    /** Labels that name no party: what, when, its state. */
    private static final Pattern NOT_PARTY = CaseFold.compile(
            "(?i)(?:actie(?:punt)?|afspraak|toezegging|besluit|termijn|deadline|status|onderwerp|wie|wat|wanneer|opmerking|datum|let\\s+op|nb)");
    /** A pronoun standing for the speaker, or a demonstrative the subject pattern took for one. */
    private static final Pattern SELF = CaseFold.compile("(?i)ik|wij|we|dat|dit|het");

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        // in a verbatim record the future tense is mostly rhetoric: only explicit commitments count there
        boolean verbatim = Turns.verbatim(view);
        String[] speakers = verbatim ? Turns.speakers(view) : new String[view.blocks.size()];
        List<Action> kept = new ArrayList<>();
        for (Action a : draft.actions) {
            if (PROCEDURE.find(a.text(), RegexGuard.fold(a.text())) || verbatim && !explicit(a.text()) || LISTED.matcher(a.text()).find()) {
                continue;
            }
            String speaker = OWN_PROMISE.matcher(a.text()).find() ? speakerOf(a, speakers, view) : null;
            // "Maar ik zeg toe dat …", "Dan zeg ik toe …" in an alderman's turn: the alderman promises, whatever the
            // subject pattern took for the actor
            String actor = speaker != null ? speaker : a.actor() == null ? actor(a.text()) : null;
            kept.add(actor == null ? a : new Action(a.id(), a.text(), actor, a.due(), a.dueText(), a.agendaItem(), a.page()));
        }
        List<Action> added = new ArrayList<>();
        boolean underAgreed = false;
        Integer year = view.doc.metadata() == null || view.doc.metadata().date() == null ? null
                : view.doc.metadata().date().getYear();
        Set<String> running = null;
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            if (block.is(BlockType.TABLE)) {
                continue;
            }
            String text = view.text(b);
            if (block.is(BlockType.HEADING) || AGREED_HEADING.matcher(text).matches()) {
                underAgreed = AGREED_HEADING.matcher(stripNumber(view, b)).matches();
                continue;
            }
            if (underAgreed) {
                // the next page's header and page number between the agreed points are none of them
                running = running == null ? Clauses.runningHeaders(view) : running;
                if (PageFurniture.is(text) || running.contains(text)) {
                    continue;
                }
            }
            if (SIGN_OFF.matcher(text).find()) {
                underAgreed = false;
            }
            AgendaItem item = view.item(b);
            String speaker = speakers[b];
            for (DocumentView.Sentence s : view.sentences(b)) {
                String t = s.text();
                if (t.length() > DocumentView.MAX_SENTENCE) {
                    continue;
                }
                String folded = RegexGuard.fold(t);
                if (NOT_ACTION_FRAME.matcher(t).find() || DocumentView.isQuestion(t) || NOT_ACTION_WORDS.find(t, folded) || PROCEDURE.find(t, folded)
                        || POINTED_AT.matcher(t).find() || LISTED.matcher(t).find()) {
                    continue;
                }
                boolean promised = promise(t, folded);
                String actor = actor(t, folded, promised);
                if (underAgreed && actor == null) {
                    // an agreed point names who does it as its label ("Dagelijks bestuur: notitie …, voor 1 mei") or its subject
                    Matcher party = PARTY_LABEL.matcher(t);
                    actor = party.lookingAt() && !NOT_PARTY.matcher(party.group("np")).matches() ? party.group("np")
                            : ActionTagger.actor(t, List.of(), view);
                }
                if (verbatim && speaker != null && promised && (actor == null || SELF.matcher(actor).matches())) {
                    actor = speaker; // "Dat zeg ik toe." in the alderman's turn
                }
                boolean action = underAgreed && !NEXT_MEETING.matcher(t).find() && BlockText.words(t) >= POINT_WORDS || actor != null || REQUEST.find(t, folded)
                        || promised || PRODUCT.matcher(t).find() || PASSIVE.find(t, folded);
                if (action && !taken(t, kept, added, draft.decisions)) {
                    String itemNo = item == null ? null : item.number();
                    // an agreed point states its own deadline ("stuurt … voor 1 december"); elsewhere a date in a minute
                    // is as often when a promise was made ("heeft op 11 oktober toegezegd") as when it falls due
                    added.add(underAgreed ? ActionTagger.dated(null, t, actor, year, itemNo, s.page())
                            : new Action(null, t, actor, null, null, itemNo, s.page()));
                }
            }
        }
        if (added.isEmpty() && kept.size() == draft.actions.size()) {
            return;
        }
        kept.addAll(added);
        kept.sort((x, y) -> Integer.compare(x.page(), y.page()));
        IdSequence ids = draft.ids('a');
        draft.actions.clear();
        for (Action a : kept) {
            draft.actions.add(new Action(ids.next(), a.text(), a.actor(), a.due(), a.dueText(), a.agendaItem(), a.page()));
        }
    }

    /** A promise by someone; "er is … toegezegd" reports a grant received, not a commitment of the meeting. */
    private static boolean promise(String t, String folded) {
        return PROMISE.find(t, folded) && !GRANTED.matcher(t).find();
    }

    /** The speaker of the block an earlier stage's action was read from, or null. */
    private static String speakerOf(Action a, String[] speakers, DocumentView view) {
        for (int b = 0; b < speakers.length; b++) {
            if (speakers[b] != null && view.holds(b, a.page(), a.text())) {
                return speakers[b];
            }
        }
        return null;
    }

    /** An explicit commitment, request or follow-up, as opposed to a speaker's "ik zal" or "we gaan". */
    private static boolean explicit(String t) {
        String folded = RegexGuard.fold(t);
        return REQUEST.find(t, folded) || promise(t, folded) || PRODUCT.matcher(t).find() || PASSIVE.find(t, folded);
    }

    /** The party asked or committing, for a request or a promise; null otherwise or when none is named. */
    private static String actor(String t) {
        String folded = RegexGuard.fold(t);
        return actor(t, folded, promise(t, folded));
    }

    private static String actor(String t, String folded, boolean promised) {
        Matcher r = REQUEST.pattern().matcher(t);
        if (REQUEST.mayMatch(t, folded) && r.find()) {
            return r.group("np") != null ? r.group("np") : r.group("np2");
        }
        return promised ? subject(t) : null;
    }

    private static String subject(String t) {
        Matcher a = AGENT_AFTER.matcher(t);
        if (a.find()) {
            return a.group("np") != null ? a.group("np") : a.group("np2");
        }
        Matcher p = PROMISER.matcher(t);
        if (p.find()) {
            return p.group("np");
        }
        Matcher m = SUBJECT.matcher(t);
        if (!m.find()) {
            return null;
        }
        if (ActionTagger.NOT_ACTOR.matcher(m.group("np")).matches()) {
            // "Daar komt het college dan op terug": an adverb first, the subject after the verb
            Matcher inverted = INVERTED_SUBJECT.matcher(t.substring(m.end()));
            return inverted.lookingAt() ? inverted.group("np") : null;
        }
        return m.group("np");
    }

    /** Whether a sentence is already an action, or belongs to a decision. */
    private static boolean taken(String t, List<Action> kept, List<Action> added, List<Decision> decisions) {
        for (Action a : kept) {
            if (a.text().contains(t) || t.contains(a.text())) {
                return true;
            }
        }
        for (Action a : added) {
            if (a.text().equals(t)) {
                return true;
            }
        }
        for (Decision d : decisions) {
            if (d.text().contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String stripNumber(DocumentView view, int b) {
        String t = view.text(b);
        String n = view.block(b).number();
        return n != null && t.startsWith(n) ? t.substring(n.length()).trim() : t;
    }
}
