package nl.gremium.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Outcome;
import nl.gremium.text.CaseFold;
import nl.gremium.text.GuardedPattern;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.RegexGuard;

/**
 * Formal decisions as recorded in minutes, decision lists and letters: "Het algemeen bestuur besluit
 * conform voorstel", "heeft besloten om:" (with its list), "stelt … vast", "neemt kennis van", "stemt in
 * met", "wordt … vastgesteld", "Men gaat hiermee akkoord" (with the sentence it agrees to), and a
 * ministry's own decision in a letter ("besluit tot toekenning", "wordt … aangemerkt als").
 * Not decisions: proposals ("wordt voorgesteld"), references to earlier decisions ("Op 25 september 2024
 * heeft het bestuur ingestemd …") and adoption stamps ("Vastgesteld in de vergadering …").
 * One decision per agenda item (or per heading where there are no agenda items); a list decision wins.
 */
final class DecisionTagger implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        draft.decisions.addAll(tag(view, draft.ids('d')));
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String BODY = "(?:bestuur|college|raad|commissie|vergadering|directie|stuurgroep|AB|DB|"
            + "veiligheidsberaad|(?:algemeen|dagelijks)\\s+bestuur)";
    /**
     * The deciding body at the head of the sentence: "Het algemeen bestuur", "De raad", "Men", and the bodies named
     * without an article, as provinces, municipalities and water boards write them: "Gedeputeerde Staten" ("GS"),
     * "Provinciale Staten" ("PS"), "Burgemeester en wethouders" ("B&W"), "Dijkgraaf en heemraden".
     */
    private static final Pattern SUBJECT = CaseFold.compile(
            "^(?:(?:het|de)\\s+(?:[\\p{L}-]+\\s+){0,2}" + BODY + "\\b|men\\b|het\\s+" + BODY
                    + "|(?:de\\s+)?(?:gedeputeerde|provinciale)\\s+staten\\b|(?:GS|PS)\\b"
                    + "|(?:het\\s+college\\s+van\\s+)?(?:burgemeester\\s+en\\s+wethouders|B\\s*(?:&|en)\\s*W|dijkgraaf\\s+en\\s+heemraden)\\b)", I);
    /**
     * The body after its verb, as minutes narrate: "Na discussie stemt het algemeen bestuur in met …", "Vervolgens
     * stelt de raad de notulen vast". The opening words name no time ahead ("In mei stelt de raad …" is to come).
     */
    private static final Pattern INVERTED = CaseFold.compile(
            "^(?:(?!(?:volgende?|komende?|binnenkort|straks|nog|januari|februari|maart|april|mei|juni|juli|augustus|september"
                    + "|oktober|november|december)\\b)[\\p{L}-]+,?\\s+){1,5}?(?:stelt|stemt|besluit|neemt|gaat|keurt|benoemt|verleent"
                    + "|verwerpt|machtigt|bekrachtigt)\\s+(?:het\\s+" + BODY + "\\b|de\\s+(?:[\\p{L}-]+\\s+){0,2}" + BODY + "\\b|men\\b)", I);
    /** A body as subject in the middle of a "sentence": what follows a heading glued to it by the parser. */
    private static final Pattern GLUED = CaseFold.compile(
            "(?<=[\\p{L}\\p{N})’'])\\s+(?=(?:Het|De)\\s+(?:[\\p{L}-]+\\s+){0,2}" + BODY + "\\b)");
    /** A clause that says what is decided: "… vast te stellen", "… toe te voegen". */
    private static final Pattern TO_DO = CaseFold.compile("\\bte\\s+\\p{L}+", I);
    /** An amendment's instruction how a dictum changes: "Dictum I.e als volgt aan te vullen:". */
    private static final Pattern CHANGE = CaseFold.compile("\\bals\\s+volgt\\b(?=[^.;]*\\b(?:te\\s+wijzigen|gewijzigd|aan\\s+te\\s+vullen|aangevuld"
            + "|te\\s+luiden|luiden|te\\s+vervangen|vervangen|te\\s+lezen|toe\\s+te\\s+voegen|toegevoegd)\\b)|\\bdictum\\b|\\bbeslispunt", I);
    /** "Besluit:" alone on its line, its clauses listed under it. */
    private static final Pattern LABEL_ONLY = CaseFold.compile("^(?:besluit(?:vorming)?|besloten|conclusie)\\s*:$", I);
    /** "Besluit: het dagelijks bestuur …": the label is not part of the decision. */
    private static final Pattern LABEL = CaseFold.compile("^(?:besluit(?:vorming)?|besloten|conclusie)\\s*:\\s*(?=\\S)", I);
    private static final Pattern ACTIVE = CaseFold.compile(
            "\\b(?:besluit|besluiten|heeft\\s+besloten|hebben\\s+besloten|stel(?:t|len)\\b.*\\bvast|"
                    + "ne(?:e|)m(?:t|en)\\b.*\\bkennis|ne(?:e|)m(?:t|en)\\b.*\\bvoor\\s+kennisgeving\\s+aan|"
                    + "stem(?:t|men)\\b.*\\bin\\b|ga(?:at|an)\\b.*\\bakkoord|keur(?:t|en)\\b.*\\bgoed|"
                    + "benoem(?:t|en)|verleen(?:t|en)|wijst\\b.*\\baf\\b|verwerp(?:t|en)|houdt\\b.*\\baan\\b|"
                    + "ne(?:e|)m(?:t|en)\\b.*\\bover\\b|gun(?:t|nen)|machtig(?:t|en)|mandateer(?:t|en)|ken(?:t|nen)\\b.*\\btoe\\b|"
                    + "trek(?:t|ken)\\b.*\\bin\\b|bekrachtig(?:t|en)|verklaar(?:t|en)\\b.*\\bvan\\s+toepassing|"
                    // a credit or budget granted: "De raad stelt een krediet beschikbaar van € 640.000"
                    + "stel(?:t|len)\\b.*\\bbeschikbaar\\b)", I);
    private static final GuardedPattern PASSIVE = GuardedPattern.of(
            // the participle of a perfect further on ("…, nadat de Commissie een regeling heeft vastgesteld") is no passive
            "(?:\\b(?:wordt|worden)\\b.*\\b(?<!\\b(?:heeft|hebben|had|hadden)\\s)(?:vastgesteld|goedgekeurd|aangenomen|verworpen|aangehouden|"
                    + "ingestemd|voor\\s+kennisgeving\\s+aangenomen|akkoord\\s+bevonden|beschikbaar\\s+gesteld)\\b|^besloten\\s+wordt\\b)", I, "wordt", "worden");
    /**
     * Guarded by "ik", which all but two alternatives need, and the words of those two. A relative clause ("documenten die
     * worden aangemerkt als concepten") describes, it designates nothing. "besluit tot" is the verb ("Ik
     * besluit tot toekenning"), not the noun ("dit besluit tot openbaarmaking", "het onderhavige besluit tot …"); the
     * look back comes after the word, so it is tried only where "besluit" stands.
     */
    private static final GuardedPattern LETTER = GuardedPattern.of(
            "\\bbesluit(?<!\\b(?:dit|het|uw|mijn|een|dat|deze)\\s(?:\\p{L}{1,15}\\s)?besluit)\\s+tot\\b|\\b(?<!\\b(?:die|dat|welke)\\s)(?:wordt|worden)\\b.*\\b(?:aangemerkt|aangewezen)\\s+als\\b|\\bken\\s+ik\\b.*\\btoe\\b|"
                    + "\\bwijs\\s+ik\\b.*\\baan\\b|\\bheb\\s+ik\\s+besloten\\b|\\bbesluit\\s+ik\\b|"
                    + "\\b(?:ik\\s+stel|stel\\s+ik)\\b.*?\\bvast\\b|\\b(?:ik\\s+ken|ken\\s+ik)\\b.*?\\btoe\\b|"
                    + "\\bik\\s+wijs\\b.*?\\baan\\b|\\bik\\s+besluit\\b", I, "ik", "besluit", "aangemerkt", "aangewezen");
    /** "Men gaat hiermee akkoord": agrees to the sentence before, which becomes part of the text. */
    private static final Pattern ANAPHORIC = CaseFold.compile(
            "\\b(?:hiermee|daarmee|hiermede|hierop|daarop)\\b|^akkoord\\.?$", I);
    /** "Men gaat hiermee akkoord", "De vergadering stemt daarmee in": a body agreeing, with {@link #ANAPHORIC}. */
    private static final Pattern AGREES = CaseFold.compile("(?i)^(?:men|het bestuur|de vergadering)\\b.*\\b(?:akkoord|in)\\b.*");
    /** A proposal adopted as proposed ("besluit conform voorstel") is a decision all the same. */
    private static final Pattern AS_PROPOSED = CaseFold.compile("(?i).*\\b(?:conform|overeenkomstig)\\b.*");
    private static final Pattern PROPOSAL = LeadingBoundary.compile(
            "\\bvoorgesteld\\b|\\bvoor\\s+te\\s+stellen\\b|"
                    // within the sentence: a dot between digits ("€ 85.000") does not end it
                    + "\\bstel(?:t|len)\\b(?:(?!\\bvast\\b)(?:[^.]|(?<=\\d)\\.(?=\\d)))*?\\bvoor\\b(?!\\s+kennisgeving)(?:\\s*(?:om|dat|[,:.]|$)|"
                    + "\\s+(?:de|het|een|dit|deze|in|u|hem|haar)\\b(?:[^.]|(?<=\\d)\\.(?=\\d))*\\bte\\s+\\p{L}+)|\\bwordt\\s+gevraagd\\b|"
                    + "\\bgevraagd\\s+besluit\\b|\\bte\\s+besluiten\\b|\\bbeslispunt", I);
    /**
     * A power or a duty, not a decision taken: a modal governing the deciding verb ("Het bestuursorgaan kan besluiten …",
     * "… moeten worden aangemerkt als …"), or an obligation ("De Commissie dient … in aanmerking te nemen").
     */
    private static final Pattern MAY_OR_MUST = CaseFold.compile(
            "\\b(?:kan|kunnen|mag|mogen|moet|moeten|dient|dienen)\\b(?:\\s+[^\\s,;:.]+){0,6}?\\s+(?:besluiten|vaststellen|beschikbaar\\s+stellen|"
                    + "vast\\s+(?:te\\s+)?stellen|instemmen|goedkeuren|worden\\s+(?:vastgesteld|goedgekeurd|aangenomen|aangemerkt|"
                    + "aangewezen|toegekend|verleend|geweigerd|afgewezen|ingestemd))\\b|\\b(?:dient|dienen)\\b[^.;]*\\bte\\s+\\p{L}+", I);
    /** "Als deze motie wordt aangenomen, …", "Wanneer er geld wordt aangehouden …": a passive form in a condition. */
    private static final Pattern CONDITION = CaseFold.compile("\\b(?:als|indien|wanneer|mocht(?:en)?|zodra|tenzij)\\b[^,;.]*?\\b(?:wordt|worden)\\b"
            + "[^,;.]*?\\b(?:vastgesteld|goedgekeurd|aangenomen|verworpen|aangehouden|ingestemd)\\b", I);
    /** "De Commissie stelt vast dat …": an observation, where "stelt de begroting vast" adopts; likewise a weighing. */
    private static final Pattern OBSERVES = CaseFold.compile("\\bstel(?:t|len)\\s+(?:\\S+\\s+){0,3}?vast\\s*,?\\s+dat\\b"
            // weighing interests ("ken ik meer gewicht toe aan …") reasons towards a decision, it grants nothing
            + "|\\bgewicht\\b[^.;]*\\btoe\\b"
            // a promise ("… bevestigt dat … komt en zegt toe dat het ontwerp wordt besproken voordat het bestek wordt
            // vastgesteld") commits to a step, it decides nothing
            + "|\\bzeg(?:t|gen)\\s+(?:\\S+\\s+){0,3}?toe\\b", I);
    /**
     * "Het college neemt in mei een besluit over de huisvesting": a decision announced by its subject, not taken (a
     * decision taken says what: "neemt het besluit om …", "neemt het advies over").
     */
    private static final Pattern ANNOUNCES = CaseFold.compile("\\bne(?:e)?m(?:t|en)\\b[^.;]{0,60}?\\b(?:een|het|zijn|haar)\\s+"
            + "(?:[\\p{L}-]+\\s+)?besluit\\s+(?:over|op|inzake|omtrent|ten\\s+aanzien\\s+van)\\b", I);
    /**
     * "Ik stel de uitkering daarna vast", "Het bestuur stelt de jaarrekening later vast": a step announced for later, not
     * taken; unless the sentence decides now what happens later ("besluit het voorstel later te behandelen").
     */
    private static final Pattern LATER = CaseFold.compile(
            // after a noun it names a period ("de raming voor de jaren daarna"), not when the step is taken
            "\\b(?<!\\b(?:jaren|jaar|periode|maanden|maand|weken|week|dagen|dag|tijd|fase|fasen)\\s)"
                    + "(?:daarna|later|nadien|te\\s+zijner\\s+tijd|t\\.z\\.t\\.)(?!\\p{L})", I);
    private static final Pattern LETTER_BEFORE = Pattern.compile("\\p{L}");
    private static final Pattern DECIDES_NOW = CaseFold.compile("\\bbesl(?:uit|uiten|oten)\\b", I);
    private static final Pattern REFERENCE = CaseFold.compile(
            "(?:\\bop\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\b|\\beerder\\b|\\bdestijds\\b|\\bvorig(?:e)?\\s+(?:jaar|vergadering)\\b|"
                    + "\\bin\\s+(?:19|20)\\d{2}\\b|\\bin\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
                    + "oktober|november|december)\\b)", I);
    private static final Pattern PERFECT = CaseFold.compile(
            "\\b(?:heeft|hebben|had|hadden|is|zijn|was|waren)\\b.*\\b(?:ingestemd|besloten|vastgesteld|genomen|"
                    + "goedgekeurd|aangenomen|kennisgenomen)\\b", I);
    /** An adoption stamp, or a letter's subject line ("Betreft Besluit tot wijziging van …"): they name a decision, they take none. */
    private static final Pattern STAMP = CaseFold.compile(
            "vastgesteld\\s+in\\s+de\\s+(?:openbare\\s+)?vergadering|\\bverslag\\s+is\\s+vastgesteld|^-.*-$|^(?:betreft|onderwerp)\\b", I);
    private static final Pattern BODY_NAME = CaseFold.compile("\\b(algemeen|dagelijks)\\s+bestuur\\b", I);

    /** @param clauses a dictum's clauses, each a decision of its own (a meeting's record), or null */
    private record Found(String text, int block, int endBlock, int score, String key, String gluedHeading, List<String> clauses) {}

    List<Decision> tag(DocumentView view, IdSequence ids) {
        if (!recordsDecisions(view.doc.kind())) {
            return List.of();
        }
        boolean letter = view.doc.kind() == DocKind.letter;
        boolean minutes = view.doc.kind() == DocKind.minutes;
        Map<String, Found> best = new LinkedHashMap<>();
        LawAnnex annex = LawAnnex.of(view);
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE) || view.is(b, BlockType.HEADING) || annex.holds(b)) {
                continue;
            }
            List<DocumentView.Sentence> sentences = view.sentences(b);
            for (int i = 0; i < sentences.size(); i++) {
                String s = LABEL.matcher(sentences.get(i).text()).replaceFirst("");
                // a label alone above its clauses ("Besluit:" / "a. … vast te stellen;" / "b. …") introduces a dictum
                boolean labelOnly = minutes && LABEL_ONLY.matcher(s).matches() && b + 1 < view.blocks.size()
                        && view.is(b + 1, BlockType.LIST_ITEM);
                // a heading the parser glued to the sentence ("Aanschaf hoogwerkers Het dagelijks bestuur …")
                String glued = null;
                Matcher g = GLUED.matcher(s);
                if (i == 0 && !SUBJECT.matcher(s).find() && g.find()) {
                    glued = s.substring(0, g.start()).trim();
                    s = s.substring(g.start()).trim();
                }
                int score = labelOnly ? 2 : score(s);
                if (score == 0 || letter && PERFECT.matcher(s).find() && !LETTER.find(s, RegexGuard.fold(s))
                        || DocumentView.scheduledLater(s, view.date())) {
                    continue; // a letter reporting an earlier decision, or a decision still to be taken
                }
                String text = s;
                int endBlock = b;
                List<String> clauses = null;
                Matcher asks = ALSO_ASKS.matcher(s);
                if (asksToo(s) && asks.find()) {
                    // "Het AB besluit in te stemmen met scenario B en verzoekt de directeur de uitwerking voor te leggen …":
                    // the decision, and a request the action stage reads as a task
                    text = s.substring(0, asks.start()) + ".";
                }
                if (ANAPHORIC.matcher(s).find()) {
                    String prev = i > 0 ? sentences.get(i - 1).text() : previousText(view, b);
                    if (prev != null) {
                        text = prev + " " + s;
                    }
                } else if (s.endsWith(":")) {
                    StringBuilder sb = new StringBuilder(s);
                    for (int k = i + 1; k < sentences.size(); k++) {
                        sb.append(' ').append(sentences.get(k).text());
                    }
                    int j = b + 1;
                    while (j < view.blocks.size() && view.is(j, BlockType.LIST_ITEM)) {
                        Block li = view.block(j);
                        sb.append(' ');
                        if (li.number() != null && !view.text(j).startsWith(li.number())) {
                            sb.append(li.number()).append(' ');
                        }
                        sb.append(view.text(j));
                        j++;
                    }
                    if (j == b + 1 && j < view.blocks.size() && view.is(j, BlockType.PARAGRAPH) && !view.text(j).isEmpty()
                            && Character.isLowerCase(view.text(j).codePointAt(0))) {
                        // the clauses of a list whose bullets were drawn as graphics, run into one paragraph
                        sb.append(' ').append(view.text(j));
                        j++;
                    }
                    endBlock = j - 1;
                    text = sb.toString();
                    score += 2;
                    i = sentences.size();
                    if ((minutes || letter && WRITER_DECIDES.matcher(s).find()) && endBlock > b && view.is(b + 1, BlockType.LIST_ITEM)) {
                        // a meeting's record decides clause by clause, as a proposal's dictum does, and so does a letter's
                        // writer ("Gelet op artikel 15a heb ik besloten: 1. … toe te kennen; 2. … te betalen")
                        clauses = listClauses(view, b);
                    }
                }
                if (labelOnly && clauses == null) {
                    b = endBlock; // under a bare label only clauses that decide: an amendment quoted ("Dictum I als volgt …") does not
                    break;
                }
                String key = glued != null && view.item(b) == null ? "glued " + b : key(view, b);
                Found f = new Found(text, b, endBlock, score, key, glued, clauses);
                Found old = best.get(key);
                if (old == null || f.score() > old.score()) {
                    best.put(key, f);
                }
                if (endBlock > b) {
                    b = endBlock;
                    break;
                }
            }
        }
        List<Decision> out = new ArrayList<>();
        for (Found f : best.values()) {
            AgendaItem item = view.item(f.block());
            for (String text : f.clauses() != null ? f.clauses() : List.of(f.text())) {
                out.add(new Decision(ids.next(), text, item == null ? null : item.number(),
                        item != null ? item.title() : f.gluedHeading() != null ? f.gluedHeading() : subject(view, f.block()), body(view, f.text()),
                        view.doc.metadata() == null ? null : view.doc.metadata().date(), proposal(view, item),
                        // a letter's own dictum records no outcome: its writer decides
                        letter && f.clauses() != null ? null : outcome(f.text()), view.block(f.block()).page(), null));
            }
        }
        return out;
    }

    /** Whether a deciding sentence goes on with a request to another body ({@link #ALSO_ASKS}), which is then a task. */
    static boolean asksToo(String s) {
        Matcher asks = ALSO_ASKS.matcher(s);
        return asks.find() && score(s.substring(0, asks.start())) > 0;
    }

    /** A decision's sentence going on with a request to another body: "… en verzoekt de directeur …", "… en draagt het DB op …". */
    private static final Pattern ALSO_ASKS = CaseFold.compile("\\s+en\\s+(?:verzoekt|verzoeken|vraagt|vragen|draagt|dragen)\\s+(?:de|het)\\s+\\p{L}", I);

    /** The writer of a letter announcing the decision's clauses: "heb ik besloten:", "besluit ik:", "hebben wij besloten:". */
    private static final Pattern WRITER_DECIDES = CaseFold.compile(
            "\\b(?:(?:heb|hebben)\\s+(?:ik|wij|we)\\s+(?:\\p{L}+\\s+){0,2}?besloten|besluit\\s+ik|besluiten\\s+(?:wij|we))\\s*:$", I);

    /**
     * The marked clauses of the list under a dictum's introduction in block {@code intro}, up to where the list ends, when
     * each says what is decided ("a. de jaarstukken vast te stellen;"); a list of what is taken note of ("neemt kennis van:
     * 1. de analyse 2. …") or of mixed sentences is one decision. Null when the list is no such dictum.
     */
    private static List<String> listClauses(DocumentView view, int intro) {
        List<String> out = new ArrayList<>();
        for (Clauses.Clause c : Clauses.read(view, intro, null, intro + 1)) {
            if (view.is(c.block(), BlockType.TABLE) && !out.isEmpty() && out.get(out.size() - 1).endsWith(":")) {
                continue; // the table a clause sets out ("2. de uitkering als volgt over de jaren te verdelen:")
            }
            if (!view.is(c.block(), BlockType.LIST_ITEM)) {
                break;
            }
            if (!TO_DO.matcher(c.text()).find() || CHANGE.matcher(c.text()).find()) {
                return null;
            }
            out.add(c.text());
        }
        return out.isEmpty() ? null : out;
    }

    /** Whether the sentence proposes a decision rather than records one ("wordt voorgesteld", "te besluiten"). */
    static boolean proposes(String s) {
        return PROPOSAL.matcher(s).find();
    }

    /** Whether documents of this kind record decisions of their own ({@link DocumentFamily#recordsDecisions}). */
    static boolean recordsDecisions(DocKind kind) {
        return DocumentFamily.of(kind).recordsDecisions();
    }

    /** 0 when not a decision, else how sure: 2 a body deciding in so many words, 1 a passive or letter form. */
    /**
     * {@link #LATER}: a deciding verb with a time after this one, and no decision taken now. Opening the sentence it is
     * the next step of a narration ("Daarna stelt de raad het voorstel vast"), which minutes tell in the present.
     */
    static boolean announcedForLater(String s) {
        Matcher later = LATER.matcher(s);
        return later.find() && LETTER_BEFORE.matcher(s.substring(0, later.start())).find() && !DECIDES_NOW.matcher(s).find();
    }

    static int score(String s) {
        return score(s, RegexGuard.fold(s));
    }

    /** {@link #score(String)} of a sentence already folded ({@link RegexGuard#fold}). */
    static int score(String s, String folded) {
        if (s.length() > DocumentView.MAX_SENTENCE || DocumentView.isQuestion(s) || STAMP.matcher(s).find()
                || ActionTagger.LABEL.matcher(s).lookingAt()) {
            return 0;
        }
        // each form is tried only while the ones before it leave the score open
        boolean active = (SUBJECT.matcher(s).find() || INVERTED.matcher(s).find()) && ACTIVE.matcher(s).find();
        boolean anaphoric = !active && AGREES.matcher(s).matches() && ANAPHORIC.matcher(s).find();
        if (!active && !anaphoric && !PASSIVE.find(s, folded) && !LETTER.find(s, folded)) {
            return 0;
        }
        if (PROPOSAL.matcher(s).find() && !AS_PROPOSED.matcher(s).matches()) {
            return 0;
        }
        if (powerOrDuty(s, active) || OBSERVES.matcher(s).find() || ANNOUNCES.matcher(s).find() || announcedForLater(s)
                || !active && CONDITION.matcher(s).find()) {
            return 0;
        }
        if (PERFECT.matcher(s).find() && REFERENCE.matcher(s).find() && !s.endsWith(":")) {
            return 0;
        }
        return active || anaphoric ? 2 : 1;
    }

    /**
     * A power or duty ({@link #MAY_OR_MUST}) that the sentence states, not one a body's decision before it grants or
     * imposes: "Het AB besluit dat het DB de tarieven kan vaststellen" decides.
     */
    private static boolean powerOrDuty(String s, boolean active) {
        Matcher modal = MAY_OR_MUST.matcher(s);
        if (!modal.find()) {
            return false;
        }
        Matcher decides = ACTIVE.matcher(s);
        return !(active && decides.find() && decides.start() < modal.start());
    }

    private static String previousText(DocumentView view, int block) {
        for (int b = block - 1; b >= 0; b--) {
            List<DocumentView.Sentence> prev = view.sentences(b);
            if (view.is(b, BlockType.HEADING)) {
                return null;
            }
            if (!prev.isEmpty()) {
                return prev.get(prev.size() - 1).text();
            }
        }
        return null;
    }

    private static String key(DocumentView view, int block) {
        AgendaItem item = view.item(block);
        return item != null ? "item " + item.number() + "@" + item.blockStart() : "heading " + view.headingBefore(block);
    }

    private static String subject(DocumentView view, int block) {
        int h = view.headingBefore(block);
        // a letterhead's field taken for a heading ("Datum 14 maart 2025", "Kenmerk") is no subject of the decision
        return h < 0 || Cues.LETTER_FIELD.matcher(view.text(h)).find() || BARE_FIELD.matcher(view.text(h)).matches() ? null : view.text(h);
    }

    private static final Pattern BARE_FIELD = CaseFold.compile("(?i)^(?:ons\\s+|uw\\s+)?(?:kenmerk|onderwerp|betreft|datum)\\s*:?$");

    private static String body(DocumentView view, String text) {
        Matcher m = BODY_NAME.matcher(text);
        if (m.find()) {
            String b = m.group(1).toLowerCase(Locale.ROOT);
            return Character.toUpperCase(b.charAt(0)) + b.substring(1) + " bestuur";
        }
        return view.doc.metadata() == null ? null : view.doc.metadata().body();
    }

    private static final Pattern PROPOSAL_PARAGRAPH = CaseFold.compile("(?i)^(?:voorstel|voorgesteld besluit|beslispunt(?:en)?)\\s*:.*");
    private static final Pattern REJECTED = CaseFold.compile("(?s).*\\b(?:verworpen|verwerpt|wijst\\b.*\\baf|niet\\s+in\\s+te\\s+stemmen|"
            + "stemt\\s+niet\\s+in|gaat\\s+niet\\s+akkoord|ne(?:e)?m(?:t|en)\\b.*\\bniet\\s+over).*");
    private static final Pattern DEFERRED = CaseFold.compile("(?s).*\\b(?:aangehouden|houdt\\b.*\\baan|uitgesteld|aan\\s+te\\s+houden|"
            + "door\\s+te\\s+schuiven|doorgeschoven).*");
    private static final Pattern AMENDED = CaseFold.compile("(?s).*\\b(?:met\\s+inachtneming|gewijzigd|met\\s+(?:de|een|deze)\\s+"
            + "(?:wijziging|aanpassing)|amendement|aangepast|met\\s+dien\\s+verstande).*");
    private static final Pattern NOTED = CaseFold.compile("(?s)^[^:]*\\b(?:kennis|kennisgeving)\\b.*");
    private static final Pattern NOTED_BUT_DECIDED = CaseFold.compile("(?s)^[^:]*\\b(?:stelt|stemt|besluit)\\b.*");

    /** The proposal the item decides on: a "Voorstel…" paragraph in the item, else the item title. */
    private static String proposal(DocumentView view, AgendaItem item) {
        if (item == null) {
            return null;
        }
        for (int b = Math.max(0, item.blockStart()); b < Math.min(view.blocks.size(), item.blockEnd()); b++) {
            String t = view.text(b);
            if (!view.is(b, BlockType.HEADING) && PROPOSAL_PARAGRAPH.matcher(t).matches()) {
                return t;
            }
        }
        return item.title();
    }

    static Outcome outcome(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (REJECTED.matcher(t).matches()) {
            return Outcome.rejected;
        }
        if (DEFERRED.matcher(t).matches()) {
            return Outcome.deferred;
        }
        if (AMENDED.matcher(t).matches() && !t.contains("zonder wijziging")) {
            return Outcome.adopted_amended;
        }
        if (NOTED.matcher(t).matches() && !NOTED_BUT_DECIDED.matcher(t).matches()) {
            return Outcome.noted;
        }
        return Outcome.adopted;
    }
}
