package nl.gremium.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Metadata;
import nl.gremium.model.Recommendation;
import nl.gremium.text.CaseFold;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.PageFurniture;

/**
 * Recommendations written as a sentence of the running text rather than as an item of a list: "De
 * rekenkamer beveelt de raad aan het college te vragen …", "Wij adviseren het college om …", "We raden aan …", "De Afdeling
 * adviseert het voorstel aan te vullen", "geeft in overweging", "Het verdient aanbeveling …". The subject
 * must be the report's author (a rekenkamer, inspectie, ombudsman, the Afdeling, an accountant, or
 * wij/we/ik), the verb present tense; the addressee is the body named right after the verb. Sentences in the
 * bestuurlijke reactie are the reacting body's and are skipped, as are those a list tagger already took.
 */
final class InlineRecommendationTagger implements Tagger {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The author by name; "wij verwachten dat …" is as often a forecast as an expectation, so only named ones expect. */
    private static final String NAMED_AUTHOR = "(?:de|het)\\s+(?:\\p{L}+\\s+){0,3}?(?:rekenkamer\\p{L}*|inspectie\\p{L}*|"
            + "ombudsman|ombudsvrouw|kinderombudsman|afdeling(?:\\s+advisering)?|accountant|onderzoekers|commissie|auditdienst|adviesraad)";
    private static final String AUTHOR = "(?:wij|we|ik|" + NAMED_AUTHOR + ")";
    /** Author, then within a few words the present-tense verb ("beveelt", "bevelen wij … aan", "adviseert"). */
    private static final Pattern VERB = CaseFold.compile(
            "\\b" + AUTHOR + "\\s+(?:\\p{L}+\\s+){0,3}?(?<v>bevee?l(?:t|en)|raa?d(?:t|en)|advise(?:ert|ren)|geeft|geven|vraagt|vragen)\\s+(?<rest>.*)$"
                    + "|^(?:[\\p{L},]+\\s+){0,3}?(?<v2>bevee?l(?:t|en)|raa?d(?:t|en)|advise(?:ert|ren)|geeft|geven|vraagt|vragen)\\s+"
                    + AUTHOR + "\\s+(?<rest2>.*)$", I);
    /** After "vraagt": a body, then a task ("de gemeenten in de regio om samen … te zorgen"). */
    private static final Pattern ASKS = CaseFold.compile("(?:wij\\s+|we\\s+)?" + "(?:de|het|alle|u|uw)\\b[^.;:]{0,80}?\\b(?:om\\s+)?[^.;:]*?\\bte\\s+\\p{L}{3,}", I);
    /**
     * A request for a reply on the report itself ("… om vóór 1 januari te laten weten hoe zij de aanbevelingen opvolgen",
     * "… te reageren", an improvement plan sent in): it asks how the recommendations already made are followed up, it
     * makes none.
     */
    private static final Pattern ASKS_REPLY = CaseFold.compile("\\bte\\s+(?:laten\\s+weten|reageren)\\b|\\baanbeveling"
            + "|\\b(?:verbeterplan|plan\\s+van\\s+aanpak)\\b[^.;]{0,60}?\\b(?:op|toe)?\\s*te\\s+(?:sturen|zenden)\\b", I);
    /**
     * An inspectorate's expectation of a body: "De inspectie verwacht dat het bestuur het toezicht versterkt",
     * "Daarnaast verwacht de inspectie van de zorgaanbieder dat …". A forecast ("verwacht dat het aantal meldingen
     * stijgt") names no body after "dat" or "van", so it is none.
     */
    private static final Pattern EXPECTS = CaseFold.compile(
            "\\b" + NAMED_AUTHOR + "\\s+(?:\\p{L}+\\s+){0,2}?verwacht(?:en)?\\s+(?<rest>(?:van\\s+|dat\\s+).*)$"
                    + "|^(?:[\\p{L},]+\\s+){0,3}?verwacht(?:en)?\\s+" + NAMED_AUTHOR + "\\s+(?<rest2>(?:van\\s+|dat\\s+).*)$", I);
    /** "van Zorggroep Oost dat …", "van de Stichting Primair Onderwijs Waalkant dat …": a named party, a few words. */
    private static final Pattern EXPECTED_OF = CaseFold.compile(
            "van\\s+(?<who>(?:(?:de|het)\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.&'’-]*|van|de|der|den|en|voor|op|aan)){0,7}?)\\s+dat\\b");
    /** The lead that spells an expectation out in the list below it: "Dit betekent dat:", "Concreet houdt dit in:". */
    private static final Pattern SPELLED_OUT = CaseFold.compile("(?iu)^(?:dit|concreet|dat)\\b[^.:]{0,40}(?:betekent|houdt|inhoudt)[^.:]{0,20}:$");
    private static final Pattern DESERVES = CaseFold.compile("^(?:het\\s+)?verdient\\s+(?:het\\s+)?(?:de\\s+)?aanbeveling\\b|"
            + "\\bverdient\\s+het\\s+aanbeveling\\b"
            // the author's advice stated as such: "Ons advies is om …", "Daarnaast wordt geadviseerd om …" (not "door X")
            + "|^(?:\\p{L}+\\s+){0,2}?(?:het|ons|mijn|onze)\\s+advies\\s+(?:is|luidt)\\s+(?:om|dat)\\b"
            + "|^(?:(?!door\\b)\\p{L}+\\s+){0,3}?(?:wordt|worden)\\s+(?:(?!door\\b)\\p{L}+\\s+){0,2}?geadviseerd\\s+(?:om|te|dat)\\b", I);
    /** Not a recommendation: a lead-in (ends with a colon), advice about something, a past or conditional one. */
    private static final Pattern NOT = LeadingBoundary.compile(
            "[?:]$|\\badvise(?:ert|ren)\\s+(?:positief|negatief|over|in\\s+het\\s+kader)\\b|\\baanbevolen\\b|\\bheeft\\b.*\\baanbevolen\\b"
                    + "|^(?:als|indien|wanneer|zodra)\\b", I);
    /**
     * The reacting body's part, and the author's afterword on that reaction ("Nawoord", "Naschrift van de rekenkamer"):
     * the afterword weighs the reaction and repeats or stresses recommendations already made, it adds none to follow up.
     */
    static final Pattern REACTION = CaseFold.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:bestuurlijke\\s+reactie|reactie\\s+(?:van|door)\\b|wederhoor|standpunt\\s+van\\b"
                    + "|nawoord\\b|naschrift\\b)", I);

    /**
     * An auditor, inspectorate or ombudsman by name: a letter of theirs ("rekenkamerbrief", an accountant's letter on
     * the interim audit) recommends in running text as their reports do; other letters' "wij adviseren u" is counsel.
     */
    private static final Pattern AUDITOR = CaseFold.compile("\\b(?:rekenkamer\\p{L}*|inspectie|\\p{L}*ombuds\\p{L}*|accountant\\p{L}*"
            + "|onderzoeksraad|auditdienst|auditcommissie)\\b", I);
    /**
     * A cover letter offering the report ("Hierbij bieden wij u ons rapport … aan", "Hierbij ontvangt u het rapport"):
     * what it recommends is the report's, which makes those recommendations itself.
     */
    private static final Pattern OFFERS_REPORT = CaseFold.compile("\\bbied(?:t|en)\\s+(?:wij|we|ik|de\\s+\\p{L}+)?\\s*(?:u|uw\\s+\\p{L}+)\\s+"
            + "(?:hierbij\\s+)?(?:ons|het|de|onze|mijn)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:rapport|rapportage|onderzoek|nota)\\b"
            + "|\\bontvangt\\s+u\\s+(?:hierbij\\s+)?(?:ons|het|de|onze|mijn)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:rapport|rapportage|onderzoek|nota)\\b", I);
    /** A word of a letterhead line ("&" and "·" between its words are none). */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\d][^\\s]*");
    /** The letterhead lines read for the sender. */
    private static final int HEAD_LINES = 3;

    private final boolean auditorsOnly;

    /** For reports: every paper. */
    InlineRecommendationTagger() {
        this(false);
    }

    /** @param auditorsOnly only papers an auditor, inspectorate or ombudsman sends (letters) */
    InlineRecommendationTagger(boolean auditorsOnly) {
        this.auditorsOnly = auditorsOnly;
    }

    /** The sender is an auditor: by the organisation or body read, or a short line of the letterhead naming one. */
    private static boolean byAuditor(DocumentView view) {
        Metadata m = view.doc.metadata();
        if (m != null && (m.organisation() != null && AUDITOR.matcher(m.organisation()).find()
                || m.body() != null && AUDITOR.matcher(m.body()).find())) {
            return true;
        }
        int read = 0;
        for (int b = 0; b < view.blocks.size() && read < HEAD_LINES; b++) {
            String t = view.text(b);
            if (t.isEmpty() || PageFurniture.is(t)) {
                continue;
            }
            read++;
            if (NAME_WORD.matcher(t).results().count() <= 6 && !t.regionMatches(true, 0, "aan ", 0, 4) && AUDITOR.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An inspectorate's decision on a request for documents ("Besluit op uw Woo-verzoek"): its "wij raden u aan uw
     * bezwaar digitaal in te dienen" is procedure, not a recommendation to follow up.
     */
    private static final Pattern OPEN_GOVERNMENT = CaseFold.compile("\\b(?:woo|wob)-?verzoek|\\bwet\\s+open\\s+overheid\\b"
            + "|\\bwet\\s+openbaarheid\\s+van\\s+bestuur\\b", I);

    /** A letter that offers the report (a cover letter) or decides on a request for documents. */
    private static boolean notRecommending(DocumentView view) {
        for (int b = 0; b < view.blocks.size(); b++) {
            String t = view.text(b);
            if (OFFERS_REPORT.matcher(t).find() || OPEN_GOVERNMENT.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        if (auditorsOnly && (!byAuditor(view) || notRecommending(view))) {
            return;
        }
        IdSequence ids = draft.ids('r');
        for (int i = 0; i < draft.recommendations.size(); i++) {
            ids.next(); // continue the numbering of the list tagger
        }
        Set<String> taken = new HashSet<>();
        draft.recommendations.forEach(r -> taken.add(DocumentView.normalise(r.text())));
        Metadata m = view.doc.metadata();
        List<Recommendation> out = new ArrayList<>();
        boolean inReaction = false;
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.block(b).is(BlockType.HEADING)) {
                inReaction = REACTION.matcher(view.text(b)).find();
                continue;
            }
            if (inReaction || covered(view.text(b), draft.recommendations)) {
                continue;
            }
            List<DocumentView.Sentence> sentences = view.sentences(b);
            for (int k = 0; k < sentences.size(); k++) {
                DocumentView.Sentence s = sentences.get(k);
                String text = s.text();
                if (text.length() > DocumentView.MAX_SENTENCE || NOT.matcher(text).find() || taken.contains(text)) {
                    continue;
                }
                String addressee = null;
                boolean expectation = false;
                Matcher v = VERB.matcher(text);
                if (v.find()) {
                    String verb = (v.group("v") != null ? v.group("v") : v.group("v2")).toLowerCase(Locale.ROOT);
                    String rest = v.group("rest") != null ? v.group("rest") : v.group("rest2");
                    // "beveelt … aan" and "raadt … aan" recommend with their particle ("raden" alone also means "guess")
                    boolean recommends = verb.startsWith("beve") || verb.startsWith("ra") ? rest.matches("(?s).*\\baan\\b.*")
                            // "De rekenkamer vraagt het college om … te …": asking a named body to act; asking for
                            // documents or attention ("vraagt aandacht voor") names no body and is none
                            : verb.startsWith("vra") ? ASKS.matcher(rest).lookingAt() && !ASKS_REPLY.matcher(rest).find()
                            : !verb.startsWith("ge") || rest.matches("(?s).*\\bin\\s+overweging\\b.*");
                    if (!recommends) {
                        continue;
                    }
                    addressee = addresseeIn(text);
                    if (verb.startsWith("vra") && addressee == null) {
                        continue;
                    }
                } else if ((addressee = expected(text)) != null) {
                    expectation = true;
                } else if (!DESERVES.matcher(text).find()) {
                    continue;
                }
                taken.add(text);
                if (expectation && k == sentences.size() - 2
                        && SPELLED_OUT.matcher(sentences.get(k + 1).text()).matches()) {
                    // "… dat zij aan alle normen voldoet. Dit betekent dat: - …; - …": the expectation with its points
                    text = text + " " + sentences.get(k + 1).text() + " " + listBelow(view, b);
                }
                out.add(new Recommendation(ids.next(), text, null, m == null ? null : m.organisation(), addressee,
                        m == null ? null : m.title(), m == null ? null : m.date(), null, s.page()));
            }
        }
        draft.recommendations.addAll(out);
    }

    /** The body a recommending or expecting sentence addresses, or null. */
    static String addresseeOf(String sentence) {
        String named = addresseeIn(sentence);
        return named != null ? named : expected(sentence);
    }

    /** The body a recommending sentence addresses ("Wij adviseren u …" → "u"), or null. */
    static String addresseeIn(String sentence) {
        Matcher v = VERB.matcher(sentence);
        if (!v.find()) {
            return null;
        }
        String rest = v.group("rest") != null ? v.group("rest") : v.group("rest2");
        return Addressees.leading(rest.replaceFirst("^(?:wij|we|ik)\\s+", ""));
    }

    /** The body an inspectorate's expectation is of ("verwacht dat het bestuur …", "verwacht van de gemeente dat …"), or null. */
    static String expected(String sentence) {
        Matcher e = EXPECTS.matcher(sentence);
        if (!e.find()) {
            return null;
        }
        String rest = e.group("rest") != null ? e.group("rest") : e.group("rest2");
        String listed = Addressees.leading(rest.replaceFirst("(?iu)^(?:van|dat)\\s+", ""));
        if (listed != null) {
            return listed;
        }
        // "verwacht van Thuiszorg De Linde dat zij …": the party expected of is named between "van" and "dat", also
        // a provider or school that no list of boards holds
        Matcher of = EXPECTED_OF.matcher(rest);
        return of.lookingAt() ? of.group("who") : null;
    }

    /** The list items right below a block, their texts joined. */
    private static String listBelow(DocumentView view, int b) {
        List<String> items = new ArrayList<>();
        for (int i = b + 1; i < view.blocks.size() && view.block(i).is(BlockType.LIST_ITEM); i++) {
            items.add(view.text(i));
        }
        return String.join(" ", items);
    }

    /** The block is (part of) a recommendation a list tagger already has. */
    private static boolean covered(String block, List<Recommendation> found) {
        String b = DocumentView.normalise(block);
        for (Recommendation r : found) {
            String t = DocumentView.normalise(r.text());
            if (!b.isEmpty() && (t.contains(b) || b.contains(t))) {
                return true;
            }
        }
        return false;
    }
}
