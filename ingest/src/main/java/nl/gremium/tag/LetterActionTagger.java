package nl.gremium.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Action;
import nl.gremium.model.BlockType;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.Folding;
import nl.gremium.text.LeadingBoundary;

/**
 * What a letter commits to, one per sentence: the sender's own promise ("ik zal u … informeren", "In
 * maart informeren wij u over …", "Het rapport stuur ik mee", "laat ik onderzoeken of …"), a request to a named party
 * ("verzoeken wij gemeenten om …", "Ik verzoek gemeenten …", "De NZa wordt gevraagd om …": actor is the party asked), with
 * the deadline it names, and the follow-up a decision letter announces in the
 * passive ("Dit besluit wordt gepubliceerd op …", "Van dit besluit wordt mededeling gedaan …", actor
 * null), and a grant's terms with a time ("Wij betalen het voorschot binnen vier weken uit", "U verantwoordt de besteding
 * uiterlijk 15 juli"). Sentences already taken as decisions, conditionals, questions and reports of the past are not
 * commitments.
 */
final class LetterActionTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ME = "(?:ik|wij|we)";
    /** Words within one clause; a dot inside a word ("www.rijksoverheid.nl", "art.5") does not end it. */
    private static final String GAP = "(?:[^.;]|\\.(?=\\S)){0,120}?";
    /** Verbs of a sender's promise in the present, used as future in letters ("informeren wij u", "stuur ik mee"). */
    private static final String PROMISE = "(?:informeer|informeren|stuur|sturen|zend|zenden|bericht|berichten|houd|houden"
            + "|breng|brengen|publiceer|publiceren|leg|leggen|rapporteer|rapporteren)";
    /** A paper the sender draws up: "Wij stellen een plan van aanpak op", "stellen wij een gezamenlijk controleplan op". */
    private static final String DRAFTS = "(?:een|het|de|ons|onze)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]*plan|voorstel|notitie|"
            + "werkinstructie|protocol|uitvoeringsagenda|handreiking|kader)\\b" + GAP + "\\bop\\b";
    private static final String STUDY = "(?:onderzoeken|uitzoeken|nagaan|uitwerken|evalueren|inventariseren|verkennen)";
    private static final Pattern OWN = LeadingBoundary.compile(String.join("|",
            "\\b" + ME + "\\s+(?:za[l1iI]|zullen)\\b(?!\\s+(?:niet\\s+)?(?:besluiten|beslissen)\\b)",
            "\\b(?:za[l1iI]|zullen)\\s+" + ME + "\\b",
            "\\b" + PROMISE + "\\s+" + ME + "\\s+(?:u|jou|jullie|uw|de|het|dit|deze|hierover|daarover|in)\\b",
            "\\b" + PROMISE + "\\s+" + ME + "\\b" + GAP + "\\bmee\\b",
            // "passen wij de verordening aan" adjusts; "pas ik de uitzonderingsgrond toe" applies the law, no promise
            "\\b(?:pas|passen)\\s+" + ME + "\\b" + GAP + "\\baan\\b",
            // "Voor 1 maart kom ik terug op …", "Wij komen daar in het voorjaar op terug"
            "\\bkom(?:en)?\\s+" + ME + "\\b" + GAP + "\\bterug\\b", "\\b" + ME + "\\s+kom(?:en)?\\b" + GAP + "\\bterug\\b",
            // "Daarnaast laat ik onderzoeken of …": a study the sender has made
            "\\b(?:laat|laten)\\s+" + ME + "\\b" + GAP + "\\b" + STUDY + "\\b", "\\b" + ME + "\\s+(?:laat|laten)\\b" + GAP + "\\b" + STUDY + "\\b",
            "\\b" + ME + "\\s+(?:stel|stellen)\\s+" + DRAFTS, "\\b(?:stel|stellen)\\s+" + ME + "\\s+" + DRAFTS), I);
    /**
     * The sender as subject of a present that is a promise only with a time ahead ({@link ActionTagger#AHEAD}): "Wij
     * informeren u in juni opnieuw", "Na de zomer organiseren wij een bijeenkomst"; "Wij informeren u graag" is now.
     */
    private static final Pattern OWN_AHEAD = CaseFold.compile(
            "\\b" + ME + "\\s+(?:" + PROMISE + "|organiseer|organiseren|bied|bieden)\\b|\\b(?:" + PROMISE + "|organiseer|organiseren|bied|bieden)\\s+" + ME + "\\b"
                    // "Ik neem binnen 22 weken na ontvangst van uw aanvraag een besluit"
                    + "|\\b" + ME + "\\s+(?:neem|nemen)\\b" + GAP + "\\b(?:een\\s+)?besluit\\b"
                    // "Ik stel de uitkering uiterlijk 30 juni 2030 vast": the determination to come
                    + "|\\b" + ME + "\\s+(?:stel|stellen)\\b" + GAP + "\\bvast\\b", I);
    /**
     * Where the party asked ends: at "om"/"te"/"op", or at an adverb before the task's object when the task's "te" follows
     * ("Ik verzoek gemeenten bovendien de schoolbesturen … te betrekken").
     */
    private static final String ASKED_TO = "(?:\\s+(?:(?:dringend|nadrukkelijk|nogmaals)\\s+)?(?:om|te|op)\\b"
            + "|\\s+(?:bovendien|ook|daarnaast|tevens|verder|voorts|hierbij)\\b(?=[^.;]{0,200}\\bte\\s+\\p{L}))";
    private static final Pattern REQUEST = CaseFold.compile(
            "\\b(?:verzoek(?:en)?|vraag|vragen|roep(?:en)?)\\s+(?:ik|wij|we)\\s+(?:u\\s+)?(?<actor>(?:de|het|alle|uw)?\\s*[\\p{L}][\\p{L}’' -]{1,60}?)"
                    + ASKED_TO, I);
    /** A board writing of itself in the third person: "De raad verzoekt het bestuur daarnaast om …" (a council's zienswijze). */
    private static final Pattern REQUEST_BY_BOARD = CaseFold.compile(
            "^(?:(?:daarnaast|ook|verder|tot\\s+slot|tevens)\\s*,?\\s+)?(?:de\\s+(?:gemeente)?raad|het\\s+college|(?:gedeputeerde|provinciale)\\s+staten"
                    + "|het\\s+(?:algemeen\\s+|dagelijks\\s+)?bestuur)\\s+(?:verzoekt|vraagt|roept)\\s+"
                    + "(?<actor>(?:de|het|alle|uw)\\s+[\\p{L}’' -]{1,60}?)" + ASKED_TO, I);
    /** The same request with the sender first: "Ik verzoek gemeenten om …", "Wij vragen de provincies …". */
    private static final Pattern REQUEST_SENDER_FIRST = CaseFold.compile(
            "\\b(?:ik|wij|we)\\s+(?:verzoek(?:en)?|vraag|vragen|roep(?:en)?)\\s+(?:u\\s+)?(?<actor>(?:de|het|alle|uw)?\\s*[\\p{L}][\\p{L}’' -]{1,60}?)"
                    + ASKED_TO, I);
    /** The request made already, still to be met: "Daarnaast heb ik de provincies gevraagd hun registers vóór 1 januari … te actualiseren". */
    private static final Pattern REQUESTED_BEFORE = CaseFold.compile(
            "\\b(?:(?:heb|hebben)\\s+(?:ik|wij|we)|(?:ik|wij|we)\\s+(?:heb|hebben))\\s+(?<actor>(?:de|het|alle|uw)?\\s*[\\p{L}][\\p{L}’' -]{1,60}?)"
                    + "\\s+(?:gevraagd|verzocht)\\s+(?=[^.;]*\\bte\\s+\\p{L})", I);
    /**
     * A party asked in the passive, as the sentence's subject: "De Nederlandse Zorgautoriteit wordt gevraagd om … te …";
     * "Het antwoord wordt gevraagd i.v.m. …" asks for a thing, not a party to act.
     */
    private static final Pattern ASKED = CaseFold.compile(
            "^(?<actor>(?:de|het)\\s+[\\p{L}][\\p{L} -]{1,60}?)\\s+(?:wordt|worden)\\s+(?:gevraagd|verzocht)\\s+(?=[^.;]*\\bte\\s+\\p{L})(?:om\\s+)?", I);
    private static final Pattern PASSIVE = CaseFold.compile(
            "\\b(?:wordt|worden)\\b" + GAP + "\\b(?:gepubliceerd|geplaatst|toegezonden|toegestuurd|verzonden|nagezonden|"
                    + "meegezonden|ge[iï]nformeerd|kenbaar\\s+gemaakt|bekendgemaakt|bekend\\s+gemaakt|ter\\s+inzage\\s+gelegd|"
                    + "mede[\\p{L}]{2,6}\\s+gedaan|verstuurd)\\b", I);
    /** The letter itself made public: "Deze aanwijzing wordt openbaar gemaakt op de website van de inspectie". */
    private static final Pattern MADE_PUBLIC = CaseFold.compile("^(?:dit|deze)\\s+(?:besluit|brief|aanwijzing|beschikking|rapport)\\b"
            + "[^.;]{0,80}?\\b(?:wordt|worden)\\b[^.;]{0,60}?\\bopenbaar\\s+gemaakt\\b", I);
    /**
     * What a passive commitment of a letter is about: this decision, this letter, the documents, the
     * addressee. Without it "… wordt verstuurd naar …" describes a routine, not a promise.
     */
    private static final Pattern PASSIVE_OBJECT = LeadingBoundary.compile(
            // "de openbaar te maken stukken": a few words between the article and the noun
            "\\b(?:dit|deze|het|de|uw)\\s+(?:(?!(?:van|over|in|op|voor|met|bij|aan|uit|tot|om|naar)\\b)[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]*besl[uü][il1]t|brief|verzoek|rapport|documenten|stukken"
                    + "|informatie|beschikking|inventarislijst)\\b|\\bu\\b", I);
    /** The addressee body to be informed: "zal uw raad in het najaar worden geïnformeerd" promises as well. */
    private static final Pattern BODY_INFORMED = LeadingBoundary.compile(
            "\\b(?:de|uw)\\s+(?:gemeente|provinciale\\s+)?(?:raad|staten|commissie|kamer)\\b" + GAP + "\\bge[iï]nformeerd\\b", I);
    /** "… wordt niet geplaatst": what will not happen. */
    private static final Pattern NOT_DONE = CaseFold.compile(
            // "wordt niet geplaatst" promises nothing, nor "… voordat het aan u kan worden verzonden" (a possibility)
            "\\b(?:wordt|worden)\\s+niet\\b|\\b(?:kan|kunnen|mag|mogen)\\s+(?:\\p{L}+\\s+){0,2}?worden\\b", I);
    /** Law text quoted in a decision's annex speaks of roles, not of the parties of this letter. */
    private static final Pattern LAW_ROLE = CaseFold.compile("\\b(?:het\\s+bestuursorgaan|de\\s+verzoeker|de\\s+aanvrager|de\\s+belanghebbende)\\b", I);
    private static final Pattern NOT_COMMITTING = LeadingBoundary.compile(
            "^(?:indien|als|wanneer|mocht|mochten|zodra|tenzij|of)\\b|\\?\\s*$|\\b(?:heeft|hebben|had|hadden)\\b" + GAP
                    + "\\b(?:laten\\s+weten|meegedeeld|gemeld|aangegeven)\\b|\\bzou(?:den)?\\b|\\bkunt\\s+u\\b|\\bhoop\\b|\\bverwacht\\b"
                    + "|\\bals\\s+volgt\\b|\\bexcuses\\b"
                    // what an inquiry looked into: "Wij onderzochten … of de raad daarover wordt geïnformeerd"
                    + "|\\b(?<!\\b(?:wordt|worden)\\s)(?:onderzocht(?:en)?|nagegaan|gingen\\s+na|bekeken|getoetst|toetsten|beoordeeld|beoordeelden)\\b[^.;]*?\\b(?:of|hoe|in\\s+hoeverre)\\b"
                    // the letter informing now ("Met deze brief informeer ik u …") is not a promise
                    + "|\\b" + ActionTagger.THIS_LETTER + "\\b|" + ActionTagger.FURTHER_ON + "|" + ActionTagger.APPLIES_LAW
                    + "|\\bhierbij\\b|\\bhiermee\\b", I);
    private static final int MIN = 25;

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        IdSequence ids = draft.ids('a');
        for (int i = 0; i < draft.actions.size(); i++) {
            ids.next(); // ids continue after an earlier stage's
        }
        Set<String> taken = new HashSet<>();
        List<String> earlier = new ArrayList<>();
        draft.decisions.forEach(d -> earlier.add(key(d.text())));
        draft.actions.forEach(a -> earlier.add(key(a.text())));
        Set<String> recommended = new HashSet<>();
        draft.recommendations.forEach(r -> recommended.add(key(r.text())));
        LawAnnex annex = LawAnnex.of(view);
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE) || view.is(b, BlockType.HEADING) || annex.holds(b)) {
                continue;
            }
            // every list's introduction ends in a colon: the costly patterns only read such a block
            boolean introduces = view.text(b).endsWith(":");
            Matcher obliged = OBLIGED.matcher(view.text(b));
            Matcher asked = ASKED_LIST.matcher(view.text(b));
            String listActor = !introduces ? null : obliged.find() ? obliged.group("actor") : asked.find() ? asked.group("actor") : null;
            if (listActor != null || introduces && CONDITIONS.matcher(view.text(b)).find()) {
                boolean listed = false;
                for (Clauses.Clause c : Clauses.read(view, b, null, b + 1)) {
                    if (!view.is(c.block(), BlockType.LIST_ITEM) && !listed && BlockText.words(c.text()) <= FURNITURE_WORDS) {
                        continue; // a page's letterhead between the introduction and its list ("Ons kenmerk: …")
                    }
                    if (!view.is(c.block(), BlockType.LIST_ITEM)) {
                        break; // the list ends where running text resumes ("Als u niet aan deze verplichtingen voldoet, …")
                    }
                    listed = true;
                    if (!LetterDecisionTagger.covered(key(c.text()), earlier) && !recommended.contains(key(c.text()))
                            && taken.add(key(c.text()))) {
                        Optional<Deadline> due = Deadline.in(c.text(), view.date());
                        // a condition listed on its own names who must meet it ("De gemeente meldt het mij …"), or no one
                        String actor = listActor != null ? listActor : ActionTagger.actor(c.text(), List.of(), view);
                        draft.actions.add(new Action(ids.next(), c.text(), actor, due.map(Deadline::day).orElse(null),
                                due.map(Deadline::text).orElse(null), null, c.page()));
                    }
                }
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                String text = s.text();
                if (text.length() < MIN || text.length() > DocumentView.MAX_SENTENCE || NOT_COMMITTING.matcher(text).find()
                        || LetterDecisionTagger.statesRule(text)) {
                    continue;
                }
                Commitment c = commitment(text, view.date());
                if (c != null && !LetterDecisionTagger.covered(key(text), earlier) && taken.add(key(text))) {
                    Optional<Deadline> due = Deadline.in(text, view.date());
                    // "ik"/"wij" is the writing organisation, as the general action stage names it ("Ministerie X (ik)")
                    String actor = c.actor() == null ? null : ActionTagger.resolve(c.actor(), List.of(), view, null);
                    draft.actions.add(new Action(ids.next(), text, actor, due.map(Deadline::day).orElse(null),
                            due.map(Deadline::text).orElse(null), null, s.page()));
                }
            }
            Matcher promised = PROMISED_LIST.matcher(view.text(b));
            if (introduces && promised.find()) {
                promisedItems(view, b, promised.group("p") != null ? promised.group("p") : promised.group("p2"), draft, ids, earlier, taken);
            }
        }
    }

    /**
     * The receiver's obligations listed after their introduction: "U bent verplicht:", "… verbinden wij de volgende verplichtingen.
     * U dient:", "De subsidieontvanger is verplicht:" (a grant decision's conditions, each a task of the receiver).
     */
    private static final Pattern OBLIGED = CaseFold.compile(
            "(?:^|[.;]\\s+)(?<actor>u|(?:de|het)\\s+\\p{L}[\\p{L}’' -]{1,60}?)\\s+(?:(?:bent|is|wordt)\\s+"
                    + "(?:daarnaast\\s+|verder\\s+|ook\\s+)?verplicht(?:\\s+om)?|(?:dient|moet)(?:\\s+daarnaast|\\s+verder|\\s+ook)?)\\s*:$", I);

    /**
     * A request whose tasks are listed under it: "verzoek ik de provincies:", "Wij verzoeken het algemeen bestuur:", "De raad
     * verzoekt het bestuur:" (the party asked acts on each item).
     */
    /** Parties a circular asks without an article: "verzoek ik gemeenten:". */
    private static final String BARE_PARTIES = "(?:gemeenten|provincies|waterschappen|colleges|gemeentebesturen|veiligheidsregio['’]s|"
            + "gemeenschappelijke\\s+regelingen|uitvoeringsorganisaties|instellingen)";
    private static final Pattern ASKED_LIST = CaseFold.compile(
            "(?:^|[.;,]\\s+|\\b(?:ik|wij|we)\\s+|\\b(?:raad|college|staten|bestuur)\\s+)(?:verzoek(?:t|en)?|vraag(?:t)?|vragen)\\s+(?:(?:ik|wij|we)\\s+)?"
                    + "(?<actor>u|(?:de|het|alle|uw)\\s+[\\p{L}’' -]{1,60}?|" + BARE_PARTIES + ")(?:\\s+(?:daarom|dan\\s+ook|tevens|ook|nadrukkelijk|dringend))?\\s*(?:om\\s*)?:$", I);
    /** The most words of a letterhead's line that may stand between a list's introduction and its first item. */
    private static final int FURNITURE_WORDS = 5;

    /** A promise whose items follow: "In aanvulling hierop zeggen wij u het volgende toe:", "Het college zegt toe:". */
    private static final Pattern PROMISED_LIST = CaseFold.compile(
            "(?:\\bzeg(?:t|gen)?\\s+(?<p>ik|wij|we|het\\s+college)|\\b(?<p2>ik|wij|we|het\\s+college)\\s+zeg(?:t|gen)?)\\s+(?:u\\s+|uw\\s+raad\\s+)?"
                    + "(?:het\\s+volgende\\s+|daarnaast\\s+|verder\\s+|ook\\s+)?toe\\s*:$", I);
    /** The most items a promise's introduction may head when they are printed as paragraphs. */
    private static final int PROMISED_ITEMS = 8;

    /**
     * The items under a promise's introduction, list items or one-sentence paragraphs up to the first paragraph that says
     * more: each a commitment of the promising body, or of the party it names as its subject ("Het college legt …").
     */
    private static void promisedItems(DocumentView view, int intro, String promiser, TagDraft draft, IdSequence ids,
                                      List<String> earlier, Set<String> taken) {
        String who = ActionTagger.resolve(promiser, List.of(), view, null);
        boolean found = false;
        for (int b = intro + 1; b < view.blocks.size() && b <= intro + PROMISED_ITEMS; b++) {
            String text = view.text(b);
            if (text.isEmpty() || BlockText.isFurniture(text)) {
                continue;
            }
            if (view.is(b, BlockType.HEADING) || view.is(b, BlockType.TABLE)
                    || !view.is(b, BlockType.LIST_ITEM) && view.sentences(b).size() != 1) {
                break;
            }
            found = true;
            if (LetterDecisionTagger.covered(key(text), earlier) || !taken.add(key(text))) {
                continue;
            }
            Optional<Deadline> due = Deadline.in(text, view.date());
            String own = ActionTagger.actor(text, List.of(), view);
            draft.actions.add(new Action(ids.next(), text, own != null ? own : who,
                    due.map(Deadline::day).orElse(null), due.map(Deadline::text).orElse(null), null, view.block(b).page()));
        }
        if (found) {
            // the introduction promises nothing itself
            draft.actions.removeIf(a -> PROMISED_LIST.matcher(a.text()).find());
        }
    }

    /** A grant's conditions introduced as such: "Aan deze beschikking verbind ik de volgende verplichtingen:". */
    private static final Pattern CONDITIONS = CaseFold.compile(
            "\\b(?:verbind(?:t|en)?\\s+(?:ik|wij|we)\\s+(?:de\\s+)?volgende\\s+(?:verplichtingen|voorwaarden)"
                    + "|(?:de\\s+)?volgende\\s+(?:verplichtingen|voorwaarden)\\s+(?:zijn\\s+)?(?:verbonden|van\\s+toepassing)"
                    + "|gelden\\s+de\\s+volgende\\s+(?:verplichtingen|voorwaarden))\\b[^:]{0,80}:$", I);

    /** A commitment with its actor as printed (null for the passive). */
    record Commitment(String actor) {}

    static Commitment commitment(String sentence) {
        return commitment(sentence, null);
    }

    /** @param date the letter's date: a year after it is a time ahead too ("… leggen wij voor bij de Kadernota 2027") */
    static Commitment commitment(String sentence, LocalDate date) {
        for (Pattern request : List.of(REQUEST, REQUEST_SENDER_FIRST, REQUEST_BY_BOARD, ASKED, REQUESTED_BEFORE)) {
            Matcher r = request.matcher(sentence);
            if (r.find()) {
                String actor = r.group("actor").trim();
                if (actor.regionMatches(true, 0, "om ", 0, 3)) {
                    // "Daarom verzoeken wij om in de vergunning een voorwaarde op te nemen": a request that names no party
                    // asks the letter's reader
                    actor = "u";
                } else if (PARTICLE.matcher(actor).matches()) {
                    // "vragen wij u aan te geven …", "verzoek ik u aan mij door te geven …": the particle of "aangeven" or a
                    // phrase it opens is no party; the party asked is the addressee
                    actor = ADDRESSEE.matcher(r.group()).find() ? "u" : null;
                }
                return new Commitment(actor);
            }
        }
        Matcher own = OWN.matcher(sentence);
        if (own.find()) {
            return new Commitment(firstPerson(own.group()));
        }
        Matcher ahead = OWN_AHEAD.matcher(sentence);
        if (ahead.find() && (ActionTagger.AHEAD.matcher(sentence).find() || DocumentView.mentionsLater(sentence, date))) {
            return new Commitment(firstPerson(ahead.group()));
        }
        if (ActionTagger.AHEAD.matcher(sentence).find()) {   // a time ahead, a term ("binnen vier weken") too
            // a grant letter's terms: the sender pays, the grant is paid, the addressee accounts for it by a date
            Matcher pays = PAYS.matcher(sentence);
            if (pays.find()) {
                return new Commitment(firstPerson(pays.group()));
            }
            Matcher receiver = YOU_BY_DATE.matcher(sentence);
            if (receiver.find()) {
                String who = receiver.group("who");
                return new Commitment(who == null || who.equalsIgnoreCase("u") ? "u" : who);
            }
            if (PAID.matcher(sentence).find()) {
                return new Commitment(null);
            }
        }
        boolean passive = PASSIVE.matcher(sentence).find() && (PASSIVE_OBJECT.matcher(sentence).find() || BODY_INFORMED.matcher(sentence).find())
                || MADE_PUBLIC.matcher(sentence).find();
        return passive && !LAW_ROLE.matcher(sentence).find() && !NOT_DONE.matcher(sentence).find() ? new Commitment(null) : null;
    }

    /** "Wij betalen het voorschot binnen vier weken uit", "maken wij het bedrag over": the sender pays. */
    private static final Pattern PAYS = LeadingBoundary.compile("\\b" + ME + "\\s+(?:betalen|betaal|maken|maak)\\b" + GAP
            + "\\b(?:uit|over)\\b|\\b(?:betalen|betaal|maken|maak)\\s+" + ME + "\\b" + GAP + "\\b(?:uit|over)\\b"
            // "Wij betalen u binnen vier weken een voorschot van …": paying needs no particle
            + "|\\b" + ME + "\\s+(?:betalen|betaal)\\s+(?:u|aan\\s+u|het|de|een)\\b", I);
    /** "Het bedrag wordt … uitbetaald, uiterlijk op 30 april": the grant paid, by whom the letter does not say. */
    private static final Pattern PAID = LeadingBoundary.compile("\\b(?:wordt|worden)\\b" + GAP + "\\b(?:uitbetaald|betaald|overgemaakt)\\b", I);
    /** A grant's receiver named in the third person: "De provincie legt … verantwoording af …, uiterlijk 15 juli". */
    private static final String RECEIVER = "(?:de|het)\\s+(?:provincie|gemeente|subsidieontvanger|ontvanger|aanvrager|waterschap"
            + "|veiligheidsregio|stichting|vereniging)";
    /**
     * The addressee accounting or reporting by a date: "U verantwoordt de besteding … uiterlijk 15 juli", "… dat u voor 1
     * april indient", "U dient uiterlijk 1 juli een aanvraag tot vaststelling in", "U legt … verantwoording af …".
     */
    private static final Pattern YOU_BY_DATE = LeadingBoundary.compile("(?:^|\\b(?:dat|waarin|die)\\s+)(?<who>u|" + RECEIVER + ")\\b" + GAP
            + "\\b(?:verantwoordt|verantwoorden|indient|aanlevert|levert\\b" + GAP + "\\baan|dient\\b" + GAP + "\\bin|vraagt\\b" + GAP
            + "\\bvaststelling\\s+aan|legt\\b" + GAP + "\\bverantwoording\\b" + GAP + "\\baf|stuurt|zendt|rapporteert)\\b"
            // the same with the verb first: "Vóór 1 december dient u een aanvraag tot vaststelling in"
            + "|\\b(?:dient|levert)\\s+u\\b" + GAP + "\\b(?:in|aan)\\s*[.;]?$|\\b(?:verantwoordt|stuurt|zendt|rapporteert)\\s+u\\b", I);
    /** A period from now: "binnen vier weken", "binnen 30 dagen". */
    private static final Pattern FIRST_PERSON = CaseFold.compile("\\b(ik|wij|we)\\b", I);
    /**
     * The particle of a separable verb ("aan te geven", "op te stellen") a request's actor slot can catch, with the words
     * it opens up to a noun phrase ("aan mij door", "voor 1 maart").
     */
    private static final Pattern PARTICLE = CaseFold.compile(
            "(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg)(?:\\s+(?!(?:de|het|een|alle)\\b)\\S+)*", I);
    private static final Pattern ADDRESSEE = CaseFold.compile("\\bu\\b", I);

    private static String firstPerson(String match) {
        Matcher m = FIRST_PERSON.matcher(match);
        return m.find() ? m.group(1) : null;
    }

    private static String key(String text) {
        return Folding.fold(text).replaceAll("\\W+", " ").trim();
    }
}
