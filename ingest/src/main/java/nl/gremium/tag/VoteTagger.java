package nl.gremium.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.model.Outcome;
import nl.gremium.text.CaseFold;
import nl.gremium.text.Folding;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.RegexGuard;

/**
 * Votes recorded in minutes, one decision per vote, whose text is what was voted on as printed:
 * <ul>
 *   <li>an announced vote and its result: "In stemming komt motie 4 (CDA)." … "De motie wordt verworpen met
 *   12 tegen 17 stemmen." (also "wordt in stemming gebracht", "Stemming over …", "Ik constateer dat zij is
 *   aangenomen", "staken de stemmen");</li>
 *   <li>a result that names its subject, with evidence of a vote: "Het voorstel wordt met algemene stemmen
 *   aangenomen.", "Amendement B (VVD): verworpen (voor 12, tegen 17)";</li>
 *   <li>a motion or amendment withdrawn or held by its submitter: "Aangezien motie 7 is ingetrokken …", "Ik
 *   trek het amendement in";</li>
 *   <li>a result that introduces a list ("Zonder stemming worden aangenomen:"): each item is a vote.</li>
 * </ul>
 * One pass over the sentences, so it stays linear on minutes of hundreds of pages. A vote's sentences are
 * the vote's: a decision the general tagger took from the same sentence is replaced by the vote.
 */
final class VoteTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** How many sentences an announced vote waits for its result (speaker labels, stemverklaringen). */
    private static final int PENDING_SENTENCES = 25;
    private static final int MAX_ITEM = 300;

    /** "In stemming komt X." / "Stemming over X" / "We gaan nu stemmen over X": X is the item. */
    private static final Pattern INTRO = CaseFold.compile(
            "(?:\\bin\\s+stemming\\s+(?:komt|komen|wordt\\s+gebracht|worden\\s+gebracht|gaat|brengen\\s+wij|brengen\\s+we|"
                    // told on: "Vervolgens komt in stemming X"
                    + "breng\\s+ik)|^(?:vervolgens|daarna|dan|nu|hierna|tot\\s+slot)\\s+(?:komt|komen)\\s+in\\s+stemming|^(?:\\p{L}+\\s+)?(?:(?:we|wij)\\s+(?:gaan|komen)\\s+(?:nu\\s+)?(?:tot\\s+)?(?:stemmen|"
                    + "de\\s+stemming)\\s+over|(?:de\\s+)?stemming\\s+over|aan\\s+de\\s+orde\\s+is\\s+de\\s+stemming\\s+over))"
                    + "\\s*:?\\s+(?<item>.+?)\\s*(?:[.:;](?=\\s+\\p{Lu}|\\s*$)|$)", I);
    /** "X wordt in stemming gebracht." / "De voorzitter brengt X in stemming." / "De voorzitter: Ik breng X in stemming." */
    private static final Pattern INTRO_AFTER = CaseFold.compile(
            "^(?:(?:de\\s+)?voorzitter\\s*:\\s*)?(?:de\\s+voorzitter\\s+brengt\\s+|ik\\s+breng\\s+"
                    // told on: "Vervolgens brengt de voorzitter X in stemming", "Dan breng ik X in stemming"
                    + "|(?:vervolgens|daarna|dan|nu|hierna|tot\\s+slot)\\s+(?:brengt\\s+de\\s+voorzitter|breng\\s+ik)\\s+)?(?<item>.+?)\\s+(?:(?:wordt|worden)\\s+)?in\\s+stemming"
                    + "(?:\\s+gebracht)?\\s*[.:]?$", I);
    /** The outcome as printed; "staken" is a tie. */
    private static final Pattern OUTCOME = LeadingBoundary.compile(
            "\\b(?:(?:ongewijzigd|gewijzigd|geamendeerd|unaniem|z\\.h\\.s\\.)\\s+)?(?:aangenomen|verworpen|afgewezen|"
                    + "ingetrokken|aangehouden)\\b|\\bstaken\\s+de\\s+stemmen\\b|\\b(?:de\\s+)?stemmen\\s+staken\\b|"
                    + "\\bstemmen\\s+(?:hebben\\s+)?gestaakt\\b", I);
    /** A result that reports an actual vote, not an opinion about one. */
    private static final Pattern EVIDENCE = LeadingBoundary.compile(
            "\\bstemmen\\b|\\bstemming\\b|\\bgestemd\\b|\\bconstate(?:er|ert|ren)\\b|\\bunaniem\\b|\\bhamerstuk|"
                    + "\\bz\\.h\\.s\\.|\\bbij\\s+acclamatie\\b|\\bvoor\\s*:?\\s*\\d+|\\(\\s*\\d+\\s*[-–]\\s*\\d+\\s*\\)", I);
    private static final Pattern HYPOTHETICAL = CaseFold.compile(
            "\\b(?:hoop|hoopt|hopen|zou|zouden|indien|mocht|mochten|tenzij|verwacht|graag)\\b|^(?:als|wanneer)\\b|\\?$", I);
    /** A member saying what they want put to the vote, and when: "Deze motie wil ik alleen in stemming brengen als …". */
    private static final Pattern SPEAKER_WISH = CaseFold.compile("\\b(?:wil|willen)\\s+(?:ik|wij|we)\\b|\\balleen\\b[^.]*\\bals\\b", I);
    /** An earlier meeting's vote, mentioned in debate. */
    private static final Pattern PAST = CaseFold.compile(
            "\\b(?:vorige|vorig\\s+jaar|eerder|eerdere|destijds|toen|jaren|indertijd|in\\s+(?:19|20)\\d{2})\\b", I);
    /** Subject of a passive result: what precedes "wordt/is … aangenomen". */
    private static final Pattern SUBJECT = CaseFold.compile(
            "^(?<subj>.+?)\\s+(?:wordt|worden|is|zijn|werd|werden)\\b", I);
    /** What precedes the subject in a result sentence and is not part of it. */
    private static final Pattern LEAD = CaseFold.compile(
            "^(?:de\\s+voorzitter\\s*[.:]\\s*)?(?:(?:ik|de\\s+voorzitter)\\s+constate(?:er|ert)\\s+(?:dat\\s+)?|"
                    + "constateer\\s+ik\\s+(?:dus\\s+)?(?:dat\\s+)?|"
                    + "(?:conclusie|besluit|uitslag|resultaat)\\s*:\\s*|aangezien\\s+|dan\\s+|daarmee\\s+|hiermee\\s+)+", I);
    /** Words that make a subject a vote's item rather than something else that is "aangenomen". */
    private static final Pattern VOTABLE = CaseFold.compile(
            "\\b(?:motie|moties|amendement|amendementen|\\p{L}*voorstel(?:len)?|dictum|beslispunt(?:en)?|besluit|"
                    + "verordening|initiatiefvoorstel|subamendement|agendapunt|punt|hamerstuk(?:ken)?|\\p{L}*begroting|"
                    + "jaarrekening|motie-\\p{L}+)\\b", I);
    private static final Pattern PRONOUN = CaseFold.compile(
            "^(?:zij|hij|het|deze|dit|die|dat|er|ze|wat|dan|daarmee|hiermee)$", I);
    /** "Amendement B (VVD): verworpen" — item and outcome in one line. */
    private static final Pattern COLON = CaseFold.compile(
            "^(?<item>[^:]{3," + MAX_ITEM + "}?)\\s*:\\s*(?<rest>(?:(?:ongewijzigd|gewijzigd|geamendeerd|unaniem|"
                    + "z\\.h\\.s\\.|zonder\\s+(?:hoofdelijke\\s+)?stemming|met\\s+algemene\\s+stemmen)\\s+)?(?:aangenomen|"
                    + "verworpen|afgewezen|aangehouden|ingetrokken)\\b.*)$", I);
    /** A motion or amendment withdrawn or held by its submitter. */
    private static final Pattern WITHDRAWN = CaseFold.compile(
            "(?<item>\\b(?:de\\s+|het\\s+|mijn\\s+|onze\\s+|deze\\s+)?(?:gewijzigde\\s+|gewijzigd\\s+)?(?:motie|amendement|"
                    + "subamendement|initiatiefvoorstel)\\b[^,;:]{0,120}?)\\s+(?:is|wordt|worden|zijn)\\s+(?:\\S+\\s+){0,3}?"
                    + "(?<out>ingetrokken|aangehouden)\\b", I);
    private static final Pattern WITHDRAW_FIRST = CaseFold.compile(
            "\\b(?:ik|wij|we)\\s+(?:trek(?:ken)?|houd(?:en)?|hou)\\s+(?<item>(?:de\\s+|het\\s+|mijn\\s+|onze\\s+|deze\\s+)?"
                    + "(?:gewijzigde\\s+|gewijzigd\\s+)?(?:motie|amendement|subamendement)\\b[^,;:]{0,120}?)\\s+(?<out>in|aan)"
                    + "\\s*[.!]?$", I);
    /** A sentence that continues the one before (a reference in brackets, a number, lower case). */
    private static final Pattern CONTINUED = CaseFold.compile("^(?:[(\\[\\d]|\\p{Ll})");
    /**
     * "De voorzitter brengt de amendementen en moties in stemming.": several put to the vote at once, each result then
     * naming its own ("Amendement A1 … wordt … aangenomen").
     */
    private static final Pattern PLURAL_PUT = CaseFold.compile(
            "^(?:de\\s+|alle\\s+)?(?:ingediende\\s+)?(?:moties|amendementen|voorstellen)\\b", I);
    /** "de motie", "het voorstel": a subject that names no particular item. */
    private static final Pattern GENERIC = CaseFold.compile(
            "(?:de|het|deze|dit)\\s+(?:gewijzigde?\\s+)?(?:motie|amendement|voorstel|initiatiefvoorstel)", I);
    /**
     * A kind with its number and nothing else ("Het amendement A1", "De motie M2", "Het Statenvoorstel 30/2025", also "…,
     * zoals gewijzigd door amendement A1").
     */
    private static final Pattern NUMBERED_ONLY = CaseFold.compile(
            "(?:de|het)\\s+(?:gewijzigde?\\s+)?(?:motie|amendement|subamendement|\\p{L}*voorstel)\\s+(?:nr\\.?\\s*)?[\\p{L}\\d./-]*\\d[\\p{L}\\d./-]*"
                    + "(?:,?\\s+zoals\\s+(?:gewijzigd|geamendeerd)\\b[^,]{0,80})?", I);
    /** The kind a generic subject names: what it can restate. */
    private static final Pattern KIND_NOUN = CaseFold.compile("(?:motie|amendement|voorstel)", I);
    /** How many sentences after a vote a generic result restates it. */
    private static final int RESTATED = 4;
    /** How many sentences after a submitter withdraws "de motie" the chair names it (the reply may come between). */
    private static final int ANNOUNCED = 10;
    /** Words after a withdrawn item that are not part of it ("Ik houd de motie bij dezen dan ook aan"). */
    private static final Pattern ADVERBS = CaseFold.compile(
            "(?:\\s+(?:bij\\s+dezen?|hierbij|dan|ook|daarom|dus|graag|nu|toch|maar|even))+\\s*$", I);
    /**
     * A cheap test that a block may hold a vote, before the sentence patterns run: one of these in the folded text
     * ({@link RegexGuard#fold}, the comparison a case-insensitive regex of them would make).
     */
    private static final List<String> CUE = List.of("stem", "aangenomen", "verworpen", "afgewezen", "ingetrokken",
            "aangehouden", "trek", "houd", "beraadslaging");
    /** The end of a title wrapped onto a line of its own: a reference in brackets. */
    private static final Pattern TITLE_TAIL = CaseFold.compile("^\\([^()]{1,60}\\)[.:]?$");
    /** A motion's own closing bullet, not an agenda title. */
    private static final Pattern NOT_TITLE = CaseFold.compile("\\borde\\s+van\\s+de\\s+dag\\b", I);
    /** An agenda title in the voting block: a dash or bullet line ("- Voorstel inzake …"). */
    private static final Set<String> TITLE_MARKERS = Set.of("-", "–", "—", "•", "▪", "*");

    private record Vote(String item, String outcomeText, int block, int page, String title, AgendaItem agenda) {}

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        Set<String> voteSentences = new HashSet<>();
        List<Vote> votes = votes(view, voteSentences);
        if (votes.isEmpty()) {
            return;
        }
        List<Decision> merged = new ArrayList<>();
        for (Decision d : draft.decisions) {
            if (!coveredByVote(d.text(), voteSentences)) {
                merged.add(d);
            }
        }
        String body = view.doc.metadata() == null ? null : view.doc.metadata().body();
        for (Vote v : votes) {
            merged.add(new Decision(null, v.item(), v.agenda() == null ? null : v.agenda().number(),
                    v.title() != null ? v.title() : v.agenda() == null ? null : v.agenda().title(), body, view.date(),
                    null, outcome(v.outcomeText()), v.page(), v.outcomeText()));
        }
        merged.sort(Comparator.comparingInt(Decision::page)); // stable: reading order within a page
        IdSequence ids = draft.ids('d');
        draft.decisions.clear();
        for (Decision d : merged) {
            draft.decisions.add(d.withId(ids.next()));
        }
    }

    /** The votes in reading order; the sentences they were read from go into {@code used}. */
    List<Vote> votes(DocumentView view, Set<String> used) {
        List<Vote> out = new ArrayList<>();
        Set<String> withdrawn = new HashSet<>();
        String title = null;
        int titleBlock = -1;
        int sentenceNo = 0;
        int lastVote = Integer.MIN_VALUE / 2;
        String pending = null;
        String pendingSentence = null;
        int pendingAge = 0;
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            if (block.is(BlockType.TABLE)) {
                continue;
            }
            String blockText = unnumbered(view, b);
            if (isTitle(block, blockText)) {
                title = stripEnd(blockText);
                titleBlock = b;
                pending = null;
                continue;
            }
            if (titleBlock == b - 1 && TITLE_TAIL.matcher(blockText).matches()) {
                title = title + " " + stripEnd(blockText); // "(RIS 2026-114)." wrapped onto its own line
                continue;
            }
            if (!RegexGuard.containsAny(RegexGuard.fold(blockText), CUE)) {
                pending = pending != null && (pendingAge += view.sentences(b).size()) > PENDING_SENTENCES ? null : pending;
                continue; // most of a debate: no vote in this block
            }
            List<DocumentView.Sentence> sentences = view.sentences(b);
            for (int i = 0; i < sentences.size(); i++) {
                sentenceNo++;
                String s = sentences.get(i).text();
                int page = sentences.get(i).page();
                String rest = s;
                Matcher intro = INTRO.matcher(s);
                Matcher after = INTRO_AFTER.matcher(s);
                if (intro.find() && intro.group("item").length() <= MAX_ITEM) {
                    pending = stripEnd(intro.group("item"));
                    // the sentence detector may cut the item after an abbreviation ("c.s. (36410, nr. 21)")
                    while (intro.end() == s.length() && i + 1 < sentences.size()
                            && CONTINUED.matcher(sentences.get(i + 1).text()).find()) {
                        String next = sentences.get(++i).text();
                        pending = stripEnd(s.substring(intro.start("item")) + " " + next);
                        s = s + " " + next;
                    }
                    pendingSentence = s;
                    pendingAge = 0;
                    rest = s.substring(intro.end());
                } else if (after.find() && after.group("item").length() <= MAX_ITEM && VOTABLE.matcher(after.group("item")).find()
                        && !HYPOTHETICAL.matcher(s).find() && !SPEAKER_WISH.matcher(s).find()) {
                    pending = stripEnd(LEAD.matcher(after.group("item")).replaceFirst(""));
                    pendingSentence = s;
                    pendingAge = 0;
                    continue;
                }
                if (pending != null && ++pendingAge > PENDING_SENTENCES) {
                    pending = null;
                }
                if (HAMMERED.matcher(s).find() && i == sentences.size() - 1 && b + 1 < view.blocks.size() && view.is(b + 1, BlockType.LIST_ITEM)) {
                    // "De raad besluit zonder beraadslaging en zonder stemming conform de voorstellen:" and the list of them
                    AgendaItem agenda = view.item(b);
                    int j = b + 1;
                    for (; j < view.blocks.size() && view.is(j, BlockType.LIST_ITEM); j++) {
                        out.add(new Vote(stripEnd(unnumbered(view, j)), "conform", j, view.block(j).page(), title, agenda));
                    }
                    used.add(s);
                    lastVote = sentenceNo;
                    b = j - 1;
                    break;
                }
                String item;
                String outcomeText;
                Matcher o = OUTCOME.matcher(rest);
                String named = pending == null ? null : namedSubject(rest);
                if (pending != null && (named == null || GENERIC.matcher(named).matches() || !PLURAL_PUT.matcher(pending).find())) {
                    if (!o.find() || HYPOTHETICAL.matcher(rest).find()) {
                        continue;
                    }
                    item = pending;
                    outcomeText = o.group().toLowerCase(Locale.ROOT);
                    used.add(pendingSentence);
                    pending = null;
                } else {
                    Matcher w = WITHDRAWN.matcher(rest);
                    Matcher wf = WITHDRAW_FIRST.matcher(rest);
                    Matcher m = w.find() ? w : wf.find() ? wf : null;
                    if (m != null) {
                        if (PAST.matcher(rest).find() || HYPOTHETICAL.matcher(rest).find()) {
                            continue;
                        }
                        item = stripEnd(ADVERBS.matcher(m.group("item")).replaceFirst(""));
                        String printed = m.group("out").toLowerCase(Locale.ROOT);
                        outcomeText = printed.equals("in") ? "ingetrokken" : printed.equals("aan") ? "aangehouden" : printed;
                        Vote last = out.isEmpty() ? null : out.get(out.size() - 1);
                        if (last != null && sentenceNo - lastVote <= ANNOUNCED && GENERIC.matcher(last.item()).matches()
                                && last.outcomeText().equals(outcomeText)) {
                            // "Ik houd de motie aan." then "Aangezien motie 4 is aangehouden …": one event, now named
                            out.set(out.size() - 1, new Vote(item, outcomeText, last.block(), last.page(), last.title(), last.agenda()));
                            withdrawn.add(Folding.fold(item).toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").trim());
                            used.add(s);
                            continue;
                        }
                        if (!withdrawn.add(Folding.fold(item).toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").trim())) {
                            used.add(s);
                            continue; // the same withdrawal told twice ("ik trek … in"; "aangezien … is ingetrokken")
                        }
                    } else {
                        if (!o.find() || HYPOTHETICAL.matcher(rest).find() || !EVIDENCE.matcher(rest).find()
                                || PAST.matcher(rest).find() || SPEAKER_WISH.matcher(rest).find()) {
                            continue;
                        }
                        boolean listFollows = rest.endsWith(":") && b + 1 < view.blocks.size() && view.is(b + 1, BlockType.LIST_ITEM);
                        item = listFollows ? rest : namedSubject(rest);
                        // "Zonder beraadslaging en zonder stemming aangenomen." under the hamerstuk it decides
                        if (item == null && rest.equals(s) && Outcomes.startPhrase(BARE_LEAD.matcher(s).replaceFirst("")).isPresent()) {
                            item = DecisionListTagger.namedBefore(view, b, s, null);
                        }
                        if (item == null) {
                            continue;
                        }
                        // "Het amendement wordt verworpen …" under the line that names it ("Amendement A1 ‘…’ (VVD)"): a vote of its own
                        String above = GENERIC.matcher(item).matches() ? namedAbove(view, b, s, item) : null;
                        if (above != null) {
                            item = above;
                        } else if (GENERIC.matcher(item).matches() && sentenceNo - lastVote <= RESTATED && !out.isEmpty()
                                && sameKind(item, out.get(out.size() - 1).item())) {
                            used.add(s);
                            continue; // "Dan constateer ik dat de motie is verworpen": the vote just recorded, restated
                        }
                        outcomeText = o.group().toLowerCase(Locale.ROOT);
                        item = numberedOnly(item, rest);
                    }
                }
                used.add(s);
                lastVote = sentenceNo;
                AgendaItem agenda = view.item(b);
                if (rest.endsWith(":") && b + 1 < view.blocks.size() && view.is(b + 1, BlockType.LIST_ITEM)) {
                    // "Zonder stemming worden aangenomen:" and the list of what was
                    int j = b + 1;
                    for (; j < view.blocks.size() && view.is(j, BlockType.LIST_ITEM); j++) {
                        out.add(new Vote(stripEnd(unnumbered(view, j)), outcomeText, j, view.block(j).page(), title, agenda));
                    }
                    b = j - 1;
                    break;
                }
                List<Vote> listed = PLURAL_REFERENCE.matcher(item).matches() ? listedAbove(view, b, outcomeText, title, agenda)
                        : List.of();
                if (!listed.isEmpty()) {
                    out.addAll(listed); // "Deze voorstellen worden zonder stemming aangenomen." after the coded items
                    continue;
                }
                String itemTitle = GENERIC.matcher(item).matches() ? namedAbove(view, b, s, item) : null;
                if (itemTitle != null) {
                    item = itemTitle; // "a. Jaarrekening 2024. Het voorstel wordt zonder stemming aangenomen.": the title says which
                }
                out.add(new Vote(item, outcomeText, b, page, title, agenda));
            }
        }
        return out;
    }

    /**
     * The record of a result whose subject is a kind and its number alone ("Het amendement A3 wordt verworpen met 12
     * stemmen voor en 19 tegen."): the sentence from that subject on, as a number says little by itself; else the subject.
     */
    static String numberedOnly(String subject, String sentence) {
        int at = sentence.indexOf(subject);
        return NUMBERED_ONLY.matcher(subject).matches() && at >= 0 ? sentence.substring(at).strip() : subject;
    }

    /**
     * The item a generic subject ("het amendement") stands for: the title its list item prints before it, else the line
     * above that names one of its kind ({@link DecisionListTagger#namedBefore}); null when neither does.
     */
    private static String namedAbove(DocumentView view, int b, String sentence, String generic) {
        String title = DecisionListTagger.titleBefore(view, b, sentence);
        if (title != null) {
            return title;
        }
        Matcher kind = KIND_NOUN.matcher(generic);
        return kind.find() ? DecisionListTagger.namedBefore(view, b, sentence, kind.group().toLowerCase(Locale.ROOT)) : null;
    }

    /** What a result without a subject may open with before its outcome: "Zonder beraadslaging en zonder stemming aangenomen." */
    private static final Pattern BARE_LEAD = CaseFold.compile(
            "^(?:zonder\\s+(?:beraadslaging|hoofdelijke\\s+stemming|stemming)(?:\\s+en\\s+zonder\\s+(?:hoofdelijke\\s+)?stemming)?|"
                    + "met\\s+algemene\\s+stemmen|z\\.h\\.s\\.|unaniem|bij\\s+hamerslag)\\s+", I);

    /** Hamerstukken decided as a list: "De raad besluit zonder beraadslaging en zonder stemming conform de voorstellen:". */
    private static final Pattern HAMMERED = CaseFold.compile(
            "\\bbeslu(?:it|iten)\\b[^.:]*\\bzonder\\s+(?:beraadslaging|stemming)\\b[^.:]*\\b(?:conform|overeenkomstig)\\b[^.:]*:$", I);
    /** A subject that points back at several items: "Deze voorstellen", "De bovenstaande stukken". */
    private static final Pattern PLURAL_REFERENCE = CaseFold.compile(
            "^(?:(?:deze|de)(?:\\s+(?:twee|drie|vier|vijf|zes|bovenstaande|genoemde|vorenstaande))?|beide|alle|bovenstaande|genoemde)\\s+"
                    + "(?:voorstellen|stukken|hamerstukken|raadsvoorstellen|statenvoorstellen|besluiten|punten|agendapunten)$", I);
    /** An item code opening a line of a list of papers: "I.1 Voorstel van het college …", "4.2 Verordening …". */
    private static final Pattern ITEM_CODE = CaseFold.compile("^(?:[A-Z]{1,2}|\\d{1,2})\\.\\d{1,2}[a-z]?\\.?\\s+\\S");
    private static final Pattern PAGE_NUMBER = CaseFold.compile("^\\d{1,4}$");
    private static final int LISTED_MAX = 40;

    /**
     * The coded items printed right above a result that points back at them ("4.2 Verordening …", or a list's "a. …"), one
     * vote each; a line without a code continues the item above it (a title wrapped onto the next line), a bare page
     * number is skipped. Empty when the lines above are no such list.
     */
    private static List<Vote> listedAbove(DocumentView view, int b, String outcomeText, String title, AgendaItem agenda) {
        int first = b;
        Integer level = b > 0 && view.is(b - 1, BlockType.LIST_ITEM) ? view.block(b - 1).level() : null;
        for (int j = b - 1; j >= Math.max(0, b - LISTED_MAX); j--) {
            String t = view.text(j).trim();
            // the agenda item the list stands under ("5. Hamerstukken" / "a. …", "b. …") is none of its papers
            boolean parent = view.is(j, BlockType.LIST_ITEM) && level != null && !level.equals(view.block(j).level());
            if (parent || view.is(j, BlockType.HEADING) || view.is(j, BlockType.TABLE)
                    || !listed(view, j) && !PAGE_NUMBER.matcher(t).matches() && t.matches(".*[.:]$")) {
                break;
            }
            first = j;
        }
        List<Vote> out = new ArrayList<>();
        for (int j = first; j < b; j++) {
            String t = view.text(j).trim();
            if (view.is(j, BlockType.LIST_ITEM)) {
                out.add(new Vote(stripEnd(unnumbered(view, j)), outcomeText, j, view.block(j).page(), title, agenda));
            } else if (ITEM_CODE.matcher(t).find()) {
                out.add(new Vote(stripEnd(t.replaceFirst("^\\S+\\s+", "")), outcomeText, j, view.block(j).page(), title, agenda));
            } else if (!PAGE_NUMBER.matcher(t).matches() && !out.isEmpty()) {
                Vote last = out.remove(out.size() - 1);
                out.add(new Vote(stripEnd(last.item() + " " + t), outcomeText, last.block(), last.page(), title, agenda));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** A line of a list of papers: a list item, or a line opening with an item code. */
    private static boolean listed(DocumentView view, int j) {
        return view.is(j, BlockType.LIST_ITEM) || ITEM_CODE.matcher(view.text(j).trim()).find();
    }

    /** The subject of "X wordt … aangenomen" or "X: aangenomen", when it names something voted on. */
    private static String namedSubject(String sentence) {
        String s = LEAD.matcher(sentence).replaceFirst("");
        Matcher c = COLON.matcher(s);
        String subj = null;
        if (c.find()) {
            subj = c.group("item");
        } else {
            Matcher m = SUBJECT.matcher(s);
            if (m.find()) {
                subj = m.group("subj");
            }
        }
        if (subj == null) {
            return null;
        }
        subj = stripEnd(LEAD.matcher(subj.trim()).replaceFirst(""));
        if (subj.isEmpty() || subj.length() > MAX_ITEM || PRONOUN.matcher(subj).matches() || !VOTABLE.matcher(subj).find()) {
            return null;
        }
        return subj;
    }

    private static boolean isTitle(Block block, String text) {
        if (text.isEmpty() || text.length() > MAX_ITEM || INTRO.matcher(text).find() || OUTCOME.matcher(text).find()
                || NOT_TITLE.matcher(text).find()) {
            return false;
        }
        if (block.is(BlockType.HEADING)) {
            return true;
        }
        return block.is(BlockType.LIST_ITEM) && block.number() != null && TITLE_MARKERS.contains(block.number())
                && Character.isUpperCase(text.codePointAt(0)) && !text.endsWith(";") && !text.endsWith(",");
    }

    private static final Pattern NUMBER_END = Pattern.compile("^[.)]\\s");

    private static String unnumbered(DocumentView view, int b) {
        String t = view.text(b);
        String n = view.block(b).number();
        // a heading's number is kept without its dot ("5" of "5. Hamerstukken"), a list item's marker with it ("a.")
        return n != null && t.startsWith(n) ? NUMBER_END.matcher(t.substring(n.length())).replaceFirst("").trim() : t;
    }

    private static String stripEnd(String s) {
        return s.trim().replaceAll("[\\s.:;,]+$", "");
    }

    /** Whether a decision the general tagger found is a sentence of a vote (or the vote's sentence is in it). */
    private static boolean coveredByVote(String text, Set<String> voteSentences) {
        for (String s : voteSentences) {
            if (text.contains(s) || s.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The printed result ({@link #OUTCOME}'s match), normalised by the shared word list; adopted when unlisted. */
    static Outcome outcome(String printed) {
        return Outcomes.ofResult(printed).orElse(Outcome.adopted);
    }

    /**
     * A generic subject restates the vote before only when it names that vote's kind: "de motie" after a motion's vote,
     * not "het voorstel" (the item's proposal, voted on after its motions).
     */
    private static boolean sameKind(String generic, String last) {
        Matcher noun = KIND_NOUN.matcher(generic);
        return !noun.find() || last.toLowerCase(Locale.ROOT).contains(noun.group().toLowerCase(Locale.ROOT));
    }
}
