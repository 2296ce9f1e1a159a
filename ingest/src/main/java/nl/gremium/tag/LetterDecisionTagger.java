package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Decision;
import nl.gremium.text.CaseFold;
import nl.gremium.text.Folding;
import nl.gremium.text.GuardedPattern;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.RegexGuard;

/**
 * The decisions a letter takes or announces in its sender's voice, one per sentence: the main decision
 * of a Woo/Wob or grant decision ("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen", "besluit
 * ik …", "ken ik u een subsidie toe"), each refusal on a ground ("… maak ik niet openbaar", "weiger ik
 * openbaarmaking op grond van artikel 5.1 …", "wijs ik het verzoek af", "staat artikel 10 … aan
 * openbaarmaking in de weg", "heb ik de persoonsgegevens verwijderd"), a supervisor's enforcement ("Ik geef u hierbij
 * een aanwijzing", "Ik leg u een last onder dwangsom op") and a board's decision it reports
 * ("Gedeputeerde Staten hebben besloten …"). Outcome is null: these are the letter's own decisions.
 * Conditional and interrogative sentences decide nothing. Woo inventories are read by {@link WooInventory}.
 */
final class LetterDecisionTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ME = "(?:ik|wij|we)";
    /** OCR often reads "zal" as "zai" or "za1". */
    private static final String ZAL = "(?:za[l1iI]|zullen)";
    /** Words within one clause; a dot between digits ("artikel 5.1") or of an abbreviation ("€ 24,5 mln.") does not end it. */
    private static final String GAP = "(?:[^.;]|(?<=\\d)\\.(?=\\d)|(?<=\\b(?:mln|mld|mrd|ca|nr|art))\\.(?=\\s(?-iu:[^\\p{Lu}]))){0,260}?";

    private static final String ENFORCEMENT = "\\b(?:last\\s+onder\\s+(?:dwangsom|bestuursdwang)|(?:bestuurlijke\\s+)?boete)\\b";
    private static final String DISCLOSE = "\\b(?:openbaar\\s+(?:te\\s+)?maken|openbaren|niet\\s+verstrekken)\\b";

    private static final String BOARD = "\\b(?:het\\s+college|ons\\s+college|gedeputeerde\\s+staten|GS|provinciale\\s+staten|de\\s+raad|het\\s+kabinet"
            + "|de\\s+ministerraad|het\\s+(?:algemeen\\s+|dagelijks\\s+)?bestuur)\\b";

    private static final Pattern DECIDES = LeadingBoundary.compile(String.join("|",
            // the decision verb itself
            "\\bbesluit(?:en)?\\s+" + ME + "\\b", "\\b" + ME + "\\s+besluit(?:en)?\\b(?!\\s*(?:is|wordt|van|dat)\\b)",
            "\\b(?:heb|hebben)\\s+" + ME + "\\b" + GAP + "\\bbesloten\\b", "\\b" + ME + "\\s+(?:heb|hebben)\\b" + GAP + "\\bbesloten\\b",
            "\\b" + ME + "\\b" + GAP + "\\b(?:heb|hebben)\\s+besloten\\b",
            "\\bbesluit\\s+tot\\s+(?:toekenning|afwijzing|verlening|vaststelling|weigering|intrekking|openbaarmaking)\\b",
            // disclosure and its refusal
            "\\bmaak\\s+" + ME + "\\b" + GAP + "\\bopenbaar\\b", "\\bmaken\\s+(?:wij|we)\\b" + GAP + "\\bopenbaar\\b",
            "\\b" + ME + "\\s+(?:maak|maken)\\b" + GAP + "\\bopenbaar\\b",
            // "Ik zal … niet openbaar maken" (or, mistyped, "… te maken"), "zal ik … niet openbaren", "Ik zal … niet verstrekken"
            "\\b" + ME + "\\s+" + ZAL + "\\b" + GAP + DISCLOSE, "\\b" + ZAL + "\\s+" + ME + "\\b" + GAP + DISCLOSE,
            "\\bweiger(?:en)?\\s+" + ME + "\\b", "\\b" + ME + "\\s+weiger(?:en)?\\b",
            "\\b(?:ga|gaan)\\s+" + ME + "\\b" + GAP + "\\bover\\s+tot\\s+openbaarmaking\\b",
            "\\b(?:sta|staat|staan)\\b" + GAP + "\\baan\\s+(?:de\\s+)?openbaarmaking\\b" + GAP + "\\bin\\s+de\\s+weg\\b",
            "\\b(?:verstrek|verstrekken)\\s+" + ME + "\\b", "\\b" + ME + "\\s+(?:verstrek|verstrekken)\\b",
            "\\b(?:heb|hebben)\\s+" + ME + "\\b" + GAP + "\\b(?:verwijderd|weggelakt|gelakt|zwartgelakt|onleesbaar\\s+gemaakt|geanonimiseerd|geweigerd)\\b",
            "\\b" + ME + "\\s+(?:heb|hebben)\\b" + GAP + "\\b(?:verwijderd|weggelakt|gelakt|zwartgelakt|onleesbaar\\s+gemaakt|geanonimiseerd|geweigerd)\\b",
            // award, refusal, adoption of a request or a grant
            "\\b(?:wijs|wijzen)\\s+" + ME + "\\b" + GAP + "\\baf\\b", "\\b" + ME + "\\s+(?:wijs|wijzen)\\b" + GAP + "\\baf\\b",
            "\\b(?:ken|kennen)\\s+" + ME + "\\b" + GAP + "\\btoe\\b", "\\b" + ME + "\\s+(?:ken|kennen)\\b" + GAP + "\\btoe\\b",
            "\\b(?:verleen|verlenen)\\s+" + ME + "\\b", "\\b" + ME + "\\s+(?:verleen|verlenen)\\b",
            // a decision deferred: "Het besluit over de aanvraag van X houd ik aan tot …"
            "\\b(?:besluit|beslissing|aanvraag|verzoek)\\b" + GAP + "\\b(?:houd|houden)\\s+" + ME + "\\b" + GAP + "\\baan\\b",
            "\\b" + ME + "\\s+(?:houd|houden)\\s+(?:het|mijn|ons|de)\\s+(?:besluit|beslissing)\\b" + GAP + "\\baan\\b",
            "\\b(?:stel|stellen)\\s+" + ME + "\\b" + GAP + "\\bvast\\b(?!\\s+dat)", "\\b" + ME + "\\s+(?:stel|stellen)\\b" + GAP + "\\bvast\\b(?!\\s+dat)",
            "\\b" + ME + "\\b" + GAP + "\\b(?:heb|hebben)\\s+(?:vastgesteld|toegekend|verleend|afgewezen|goedgekeurd)\\b(?!\\s+dat)",
            "\\b(?:trek|trekken)\\s+" + ME + "\\b" + GAP + "\\bin\\b", "\\bwijzig(?:en)?\\s+" + ME + "\\b",
            // objections: "Ik verklaar uw bezwaar ongegrond", "handhaaf ik het bestreden besluit"
            "\\b(?:verklaar|verklaren)\\s+" + ME + "\\b" + GAP + "\\b(?:on)?gegrond\\b", "\\b" + ME + "\\s+(?:verklaar|verklaren)\\b" + GAP + "\\b(?:on)?gegrond\\b",
            "\\b(?:verklaar|verklaren)\\s+" + ME + "\\b" + GAP + "\\bniet[- ]ontvankelijk\\b",
            // a supervisor's enforcement: "Ik geef u hierbij een aanwijzing", "Ik leg u een last onder dwangsom op"
            "\\b(?:geef|geven)\\s+" + ME + "\\b" + GAP + "\\b(?:aanwijzing|bevel)\\b", "\\b" + ME + "\\s+(?:geef|geven)\\b" + GAP + "\\b(?:aanwijzing|bevel)\\b",
            "\\b(?:leg|leggen)\\s+" + ME + "\\b" + GAP + ENFORCEMENT + GAP + "\\bop\\b",
            "\\b" + ME + "\\s+(?:leg|leggen)\\b" + GAP + ENFORCEMENT + GAP + "\\bop\\b",
            // "Ik kan uw verzoek niet honoreren", "honoreer ik uw verzoek gedeeltelijk"
            "\\b(?:honoreer|honoreren)\\s+" + ME + "\\b", "\\b" + ME + "\\s+(?:honoreer|honoreren)\\b",
            "\\b" + ME + "\\s+(?:kan|kunnen)\\b" + GAP + "\\bniet\\s+(?:honoreren|inwilligen|toewijzen)\\b",
            "\\b(?:kan|kunnen)\\s+" + ME + "\\b" + GAP + "\\bniet\\s+(?:honoreren|inwilligen|toewijzen)\\b",
            "\\b(?:herroep|herroepen|handhaaf|handhaven)\\s+" + ME + "\\b", "\\b" + ME + "\\s+(?:herroep|herroepen|handhaaf|handhaven)\\b",
            // the passive of a decision on a request, with its degree ("worden gedeeltelijk openbaar gemaakt")
            "\\b(?:wordt|worden)\\b" + GAP + "\\b(?:niet|deels|gedeeltelijk|geheel|volledig)\\s+openbaar\\s+gemaakt\\b",
            "\\b(?:verzoek|aanvraag|openbaarmaking)\\b" + GAP + "\\b(?:wordt|worden)\\b" + GAP
                    + "\\b(?:afgewezen|toegewezen|geweigerd|gehonoreerd|niet[- ]ontvankelijk\\s+verklaard)\\b",
            // "Aan het verzoek wordt tegemoet gekomen", "Uw verzoek wordt gedeeltelijk ingewilligd"; the law's "Een verzoek
            // … wordt ingewilligd met inachtneming van …" speaks of any request
            "\\b(?:het|uw|dit|dat|deze)\\s+verzoek\\b" + GAP + "\\b(?:wordt|worden)\\b" + GAP + "\\b(?:ingewilligd|tegemoet\\s+gekomen)\\b",
            // a board's decision the letter reports, or takes in the board's name on a request ("Het dagelijks bestuur van
            // Waterschap X besluit uw verzoek gedeeltelijk toe te wijzen")
            BOARD + GAP + "\\b(?:heeft|hebben)\\b" + GAP + "\\bbesloten\\b",
            BOARD + GAP + "\\bbesluit(?:en)?\\b" + GAP + "\\b(?:(?:toe|af)\\s+te\\s+(?:wijzen|kennen)|openbaar\\s+te\\s+maken|te\\s+(?:weigeren|verlenen))\\b"), I);
    /**
     * Sentences that only weigh, ask or describe: a decision is not conditional, not a question, not the request itself
     * (though it may refer back to it: "de informatie waarom u verzocht"), not case law, the law's own wording ("kan …
     * besluiten", "kan … worden geweigerd"), the weighing of interests ("ken ik … gewicht toe") or how to object.
     */
    private static final Pattern NOT_DECIDING = LeadingBoundary.compile(
            // a condition, also as a quoted article's numbered member ("3 Indien een verzoek … wordt afgewezen, …")
            "^(?:\\d{1,2}(?:\\.\\s*|\\s+))?(?:indien|als|wanneer|mocht|mochten|zodra|voordat|alvorens|tenzij|of)\\b|\\?\\s*$"
                    // what the law prescribes ("Artikel 5.1 schrijft voor dat indien …")
                    + "|\\bschrijf(?:t|en)\\b[^.;]{0,40}\\bvoor\\s+dat\\b"
                    + "|(?<!\\b(?:waarom|waarnaar|waar|die|dat|om)\\s)\\b(?:u|uw\\s+verzoek)\\s+(?:verzoekt|vraagt|vroeg|verzocht)\\b"
                    + "|\\bkunt\\s+u\\b|\\bbezwaar\\s+(?:maken|indienen|aantekenen)\\b|\\bbezwaarschrift\\b"
                    + "|\\bschors(?:en|ing)\\b|\\bvoorlopige\\s+voorziening\\b"
                    + "|\\bvoordat\\s+(?:ik|wij|we)\\b|\\bzou(?:den)?\\b|\\b(?:wanneer|indien)\\s+(?:ik|wij|we)\\b"
                    + "|\\b(?:kan|kunnen)\\s+(?:ik|wij|we|het\\s+bestuursorgaan)\\s+besluiten\\b|\\bvolgens\\s+(?:vaste\\s+)?(?:recht)?spraak\\b"
                    + "|^hierbij\\s+wordt\\s+getoetst\\b|\\bgewicht\\s+toe\\b"
                    + "|\\b(?:kan|kunnen)\\b[^.;]{0,150}\\bworden\\s+(?:geweigerd|afgewezen)\\b"
                    // "zodat voor u duidelijk is wat ik per document heb besloten": what the letter says it decided elsewhere
                    + "|\\b(?:wat|waarom|hoe)\\s+(?:ik|wij|we)\\b[^.;]{0,60}\\b(?:besloten|besluit|besluiten|beslis|beslissen)\\b"
                    // "Namen van bewindspersonen … maak ik wel openbaar": what a ground for refusal leaves out, not a decision
                    + "|\\bwel\\s+openbaar\\b"
                    // a determination set for later ("Ik stel de uitkering uiterlijk 30 juni 2030 vast", "… binnen 22 weken na
                    // ontvangst van het eindverslag"): a step ahead, not what this letter decides
                    + "|\\b(?:ik|wij|we)\\s+(?:stel|stellen)\\b[^.;]*?\\b(?:uiterlijk|binnen\\s+\\S+\\s+(?:dagen|werkdagen|weken|maanden))\\b"
                    + "|\\b(?:stel|stellen)\\s+(?:ik|wij|we)\\b[^.;]*?\\b(?:uiterlijk|binnen\\s+\\S+\\s+(?:dagen|werkdagen|weken|maanden))\\b", I);
    /**
     * "Hierbij besluit ik op uw verzoek (van 3 mei 2022).", "Met deze brief besluit ik over de resterende documenten.",
     * "…, heb ik het volgende besloten.": says that a decision follows, decides nothing yet.
     */
    private static final Pattern ANNOUNCES = LeadingBoundary.compile(
            "^(?:hierbij\\s+|met\\s+(?:deze|dit)\\s+(?:brief|beschikking|besluit)\\s+)?(?:besluit|beslis)\\s+(?:ik|wij|we)\\s+(?:hierbij\\s+)?(?:op|over)\\s+(?:uw|het|dit|de|deze)\\s+"
                    + "[^,;]{0,80}?(?:verzoek|aanvraag|documenten|stukken)\\b[^,;]{0,40}$"
                    // "…, heb ik het volgende besloten.": what was decided comes next
                    // or "Gelet op artikel 15a heb ik besloten:" over its clauses
                    + "|\\b(?:heb|hebben)\\s+(?:ik|wij|we)\\s+(?:(?:het\\s+volgende|als\\s+volgt)\\s+besloten\\s*[.:]?|besloten\\s*:)$"
                    + "|\\bbesluit\\s+(?:ik|wij|we)\\s+(?:het\\s+volgende|als\\s+volgt)\\s*[.:]?$", I);
    /**
     * The rule a letter applies, not its application, so neither a decision nor a commitment: "Ik maak geen informatie
     * openbaar als dit …" (or "… die betrekking heeft op …"), "Op grond van artikel 5.2 … worden persoonlijke
     * beleidsopvattingen … niet openbaar gemaakt", "Dergelijke opvattingen worden niet openbaar gemaakt omdat …", "Voor
     * stukken die … geldt dat zij … gepubliceerd worden", "Ik maak … in beginsel openbaar".
     */
    private static final GuardedPattern RULE = GuardedPattern.of(
            "\\bgeen\\s+(?:informatie|gegevens)\\b[^.;]{0,60}\\bopenbaar\\b[^.;]{0,20}\\b(?:als|indien|wanneer|voor\\s+zover|die)\\b"
                    // also after a heading the parser glued on: "Persoonlijke beleidsopvattingen Op grond van artikel 5.2 …"
                    + "|(?:^|(?<=\\p{Ll})\\s(?=(?-i:Op)\\s))op\\s+grond\\s+van\\s+(?:artikel|de\\s+wo[ob]\\b)(?!(?:[^.;]|(?<=\\d)\\.(?=\\d))*\\b(?:ik|wij|we|daarom|dan\\s+ook|hierom|deze|dit)\\b)"
                    + "|^dergelijke\\b"
                    // "Voor stukken die … worden opgevraagd geldt dat …", unless the sender applies it ("geldt dat ik …")
                    + "|^voor\\b[^.;]{0,100}\\bgeldt\\b(?![^.;]*\\b(?:ik|wij|we)\\b)"
                    // "Ik maak persoonlijke beleidsopvattingen … in beginsel openbaar": the stance, unless decided ("besloten")
                    + "|^(?:(?!\\bbesl)[^.;])*\\bin\\s+beginsel\\b", I, "geen", "grond", "dergelijke", "geldt", "beginsel");
    /** The letter itself as the means of what it decides: "Met deze brief wordt …", "Met dit besluit wordt …", "Hierbij …". */
    private static final Pattern BY_THIS_LETTER = CaseFold.compile(
            "\\b" + ActionTagger.THIS_LETTER + "\\b|\\b(?:met|bij|door|middels)\\s+dit\\s+besluit\\b|^hierbij\\b", I);
    private static final int MIN = 25;
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b" + ME + "\\b", I);

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        IdSequence ids = draft.ids('d');
        int earlierIds = draft.decisions.size();
        // an earlier stage read "Hierbij besluit ik op uw verzoek" as a decision; the letter decides in what follows
        draft.decisions.removeIf(d -> ANNOUNCES.matcher(d.text()).find());
        // what a meeting's record would state as decided ("De prioriteiten worden vastgesteld in …", "Er worden extra
        // casemanagers aangenomen") describes in a letter; the letter decides in its sender's voice, by the letter itself
        // ("Met deze brief wordt het buurthuis aangewezen als stembureau") or reports a board's decision
        draft.decisions.removeIf(d -> d.outcome() != null && !decides(d.text()) && !BY_THIS_LETTER.matcher(d.text()).find());
        List<String> earlier = new ArrayList<>(draft.decisions.stream().map(d -> key(d.text())).toList());
        // an earlier stage's decision in the sender's voice is the letter's own: no outcome, and the sender decides
        // ("Ik verleen u …" in a minister's letter to a college is not the college's decision, whom the header names)
        String sender = view.doc.metadata() == null ? null : view.doc.metadata().organisation();
        for (int i = 0; i < draft.decisions.size(); i++) {
            Decision d = draft.decisions.get(i);
            if (!decides(d.text())) {
                continue;
            }
            String body = sender != null && FIRST_PERSON.matcher(d.text()).find() ? sender : d.body();
            if (d.outcome() != null || !Objects.equals(body, d.body())) {
                draft.decisions.set(i, new Decision(d.id(), d.text(), d.agendaItem(), d.agendaTitle(), body, d.date(),
                        d.proposal(), null, d.page(), null));
            }
        }
        List<Decision> found = new ArrayList<>(dictumClauses(view, draft));
        found.forEach(d -> earlier.add(key(d.text())));
        LawAnnex annex = LawAnnex.of(view);
        for (int b = 0; b < view.blocks.size(); b++) {
            if (annex.holds(b)) {
                continue; // the articles of law quoted there ("Het bestuursorgaan kan besluiten …") decide nothing here
            }
            Block block = view.block(b);
            if (block.is(BlockType.TABLE)) {
                for (WooInventory.Row row : WooInventory.rows(block.table())) {
                    found.add(decision(view, row.document(), row.status(), block.page()));
                }
                continue;
            }
            if (block.is(BlockType.HEADING)) {
                continue;
            }
            WooInventory.Row line = WooInventory.line(view.text(b));
            if (line != null) {
                found.add(decision(view, line.document(), line.status(), block.page()));
                continue;
            }
            List<Decision> listed = listedAfter(view, b, earlier);
            if (!listed.isEmpty()) {
                found.addAll(listed);
                b += listed.size();
                continue;
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                String text = s.text();
                if (text.length() >= MIN && text.length() <= DocumentView.MAX_SENTENCE && decides(text)
                        && !covered(key(text), earlier)) {
                    found.add(decision(view, text, null, s.page()));
                }
            }
        }
        // ids continue after those of an earlier stage
        for (int i = 0; i < earlierIds; i++) {
            ids.next();
        }
        for (Decision d : found) {
            draft.decisions.add(d.withId(ids.next()));
        }
    }

    /**
     * The sender's numbered dictum ("Wij besluiten: 1. u … een subsidie te verlenen …; 2. …; 3. uw verzoek … af te wijzen."):
     * one decision per clause, as a proposal's adopted dictum gives, in place of the earlier stage's one decision for all.
     */
    private static List<Decision> dictumClauses(DocumentView view, TagDraft draft) {
        Dictum dictum = Dictum.last(view, -1);
        if (dictum == null || !dictum.own() || dictum.proposed()) {
            return List.of();
        }
        // a letter goes on after its dictum (reasons, conditions, payment): the clauses are the list under it
        List<Clauses.Clause> clauses = new ArrayList<>();
        for (Clauses.Clause c : dictum.clauses(view)) {
            if (c.block() != dictum.block() && !view.is(c.block(), BlockType.LIST_ITEM)) {
                break;
            }
            clauses.add(c);
        }
        if (clauses.size() < 2) {
            return List.of();
        }
        String intro = key(view.text(dictum.block()));
        draft.decisions.removeIf(d -> key(d.text()).startsWith(intro));
        return clauses.stream().map(c -> decision(view, c.text(), null, c.page())).toList();
    }

    /**
     * A decision the letter reports over a list ("Ons college heeft in de vergadering van 8 april besloten:", "Ik heb
     * besloten:" followed by "a. de opdracht … te gunnen;", "b. …"): one decision per item of the list's first level, the
     * introduction none. Empty when block {@code b} is no such introduction or an earlier stage took the items.
     */
    private static List<Decision> listedAfter(DocumentView view, int b, List<String> earlier) {
        String intro = view.text(b);
        if (!intro.endsWith(":") || b + 1 >= view.blocks.size() || !view.is(b + 1, BlockType.LIST_ITEM)) {
            return List.of();
        }
        List<DocumentView.Sentence> sentences = view.sentences(b);
        String last = sentences.isEmpty() ? intro : sentences.get(sentences.size() - 1).text();
        if (!decides(last) && !ANNOUNCES.matcher(last).find() || NOT_DECIDING.matcher(last).find()) {
            return List.of();
        }
        Integer level = view.block(b + 1).level();
        List<Decision> out = new ArrayList<>();
        for (int k = b + 1; k < view.blocks.size() && view.is(k, BlockType.LIST_ITEM)
                && Objects.equals(view.block(k).level(), level); k++) {
            Block item = view.block(k);
            String text = view.text(k);
            if (item.number() != null && text.startsWith(item.number())) {
                text = text.substring(item.number().length()).strip();
            }
            if (covered(key(text), earlier)) {
                return List.of();
            }
            out.add(decision(view, text, null, item.page()));
        }
        return out;
    }

    /** A sentence an earlier stage already took, alone or inside a longer decision text. */
    static boolean covered(String key, List<String> earlier) {
        return earlier.stream().anyMatch(e -> e.contains(key) || key.contains(e));
    }

    /** {@link #RULE}: what the letter will do in any such case, stated before it does it. */
    static boolean statesRule(String sentence) {
        return statesRule(sentence, RegexGuard.fold(sentence));
    }

    /** {@link #statesRule(String)} of a sentence already folded ({@link RegexGuard#fold}). */
    static boolean statesRule(String sentence, String folded) {
        return RULE.find(sentence, folded);
    }

    static boolean decides(String sentence) {
        return DECIDES.matcher(sentence).find() && !NOT_DECIDING.matcher(sentence).find() && !ANNOUNCES.matcher(sentence).find()
                && !statesRule(sentence)
                && !DecisionTagger.announcedForLater(sentence);
    }

    private static Decision decision(DocumentView view, String text, String outcomeText, int page) {
        String organisation = view.doc.metadata() == null ? null : view.doc.metadata().organisation();
        return new Decision("", text, null, null, organisation, view.date(), null, null, page, outcomeText);
    }

    private static String key(String text) {
        return Folding.fold(text).replaceAll("\\W+", " ").trim();
    }
}
