package nl.gremium.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.DocKind;
import nl.gremium.model.Metadata;
import nl.gremium.model.Recommendation;
import nl.gremium.nlp.DutchNlp;
import nl.gremium.nlp.SentenceRole;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.GuardedPattern;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.PageFurniture;
import nl.gremium.text.RegexGuard;
import nl.gremium.text.WordList;

/**
 * Recommendations of inspection and advisory reports: one per bullet or number in an "Aanbevelingen"
 * section (or after a lead-in such as "beveelt de veiligheidsregio's aan om …:" / "de volgende
 * aanbevelingen:"). The addressee comes from a sub-heading ("Aan de besturen van de veiligheidsregio's")
 * or from the lead-in. Where a section has no list, paragraphs that the sentence-role model reads as
 * recommendations are taken one each.
 */
final class RecommendationTagger implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        draft.recommendations.addAll(tag(view, draft.ids('r')));
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * A heading that opens recommendations: "Aanbevelingen", "5.2 Onze aanbevelingen", "Conclusies en
     * aanbevelingen" (group mixed: findings come first), "Aanbevelingen aan de raad", "Aanbeveling 3".
     */
    private static final Pattern SECTION = CaseFold.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?\\s*|hoofdstuk\\s+\\d+\\s*[:.]?\\s*)?(?<mixed>(?:(?:hoofd)?conclusies?|bevindingen)\\s*(?:,|en|&)\\s+)?"
                    // an inspectorate's "Herstelopdrachten" require what recommendations advise: both are followed up
                    + "(?:onze\\s+|de\\s+|overige\\s+)?(?:aanbeveling(?:en)?|herstelopdracht(?:en)?"
                    // what an inspectorate or auditor wants improved; in a proposal or a letter such a heading lists the
                    // writer's own plans, so only a report's count (see IMPROVEMENTS_IN)
                    + "|(?<improve>verbeter(?:punt|opdracht)(?:en)?)"
                    // a letter's questions as headings: "Wat hebben wij gedaan?", "Wat zien wij?", "Wat bevelen wij aan?"
                    + "|wat\\s+(?:bevelen|adviseren|raden)\\s+(?:wij|we)(?:\\s+(?:u|de\\s+raad|het\\s+college))?(?:\\s+aan)?\\s*\\?)"
                    + "(?:\\b|(?<=\\?))(?!\\s+(?:uit|van\\s+de\\s+inspectie\\s+zijn))", I);
    /** The most words of a question printed as a heading ("Wat bevelen wij aan?"). */
    private static final int QUESTION_WORDS = 8;
    /** The kinds whose "Verbeterpunten" are recommendations made to someone else. */
    private static final Set<DocKind> IMPROVEMENTS_IN = Set.of(DocKind.report, DocKind.inspection_report);
    /** The addressee a section heading names: "Aanbevelingen aan het college" → "het college". */
    private static final Pattern SECTION_ADDRESSEE = CaseFold.compile(
            "\\baanbeveling(?:en)?\\s+(?:aan|voor)\\s+(?<a>(?:(?:de|het|alle|uw)\\s+|(?-i:\\p{Lu}))[^.:;]{2,60}?)\\s*:?$", I);
    /** A sub-heading of a mixed chapter that holds findings, not recommendations ("5.1 Conclusies"). */
    private static final Pattern FINDINGS = CaseFold.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:(?:hoofd|deel)?conclusies?|bevindingen|beantwoording\\s+van\\s+de\\s+onderzoeksvra\\w*)\\b(?!.*aanbeveling)", I);
    /**
     * "Aanbeveling 2: Zorg voor …" / "Aanbeveling B – …" / "Herstelopdracht 1: …": one numbered recommendation with its text;
     * also one labelled without a number ("Aanbeveling: leg … vast", as an auditor's letter prints one per finding).
     */
    private static final Pattern NUMBERED = CaseFold.compile(
            "^(?:aanbeveling|herstelopdracht)(?:\\s+(?<n>\\d{1,2}|[a-z]|[ivx]{1,4})\\s*[:.)–-]|\\s*:)\\s*(?<t>\\S.*)$", I);
    /**
     * The text after "Aanbeveling 2:" that answers a recommendation instead of making it: a board's reaction ("wij nemen
     * deze aanbeveling over", "Het college onderschrijft …", "Overgenomen.") quotes the number, not the recommendation.
     */
    private static final Pattern REPLY = CaseFold.compile("^(?:(?:wij|we|ik|het\\s+college|het\\s+bestuur|gedeputeerde\\s+staten)"
            + "\\s+(?:nemen|neemt|nam|namen|onderschrijven|onderschrijft|delen|deelt|herkennen|herkent|hebben|heeft|zijn|is|zullen"
            + "|zal|gaan|gaat|voeren|voert|volgen|volgt|passen|past)\\b|(?:deze|de)\\s+aanbeveling\\b|reactie\\b"
            + "|(?:niet\\s+|deels\\s+|gedeeltelijk\\s+)?overgenomen\\b|akkoord\\b)", I);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** A bare label heading one recommendation: "Aanbeveling", "Aanbeveling 3". */
    /** Where a paragraph's next labelled recommendation starts: "… te centraliseren. Aanbeveling 3. Wij …". */
    private static final Pattern NEXT_NUMBERED = CaseFold.compile(
            "(?<=[.;!])\\s+(?=(?-i:A)anbeveling\\s+(?:\\d{1,2}|[a-z]|[ivx]{1,4})\\s*[:.)–-]\\s+\\p{Lu})", I);
    /** A numbered label's text that only names to whom: "aan de raad", "aan raad en college". */
    private static final Pattern TO_WHOM = CaseFold.compile("(?iu)^aan\\s+((?:de|het)\\s+\\p{L}+|\\p{L}+\\s+en\\s+\\p{L}+|\\p{L}+)$");
    /** The most words of a numbered label's title ("Aanbeveling 3 – Kwaliteitsborging van inspectierapporten"). */
    private static final int LABEL_TITLE_WORDS = 6;

    private static final Pattern LABEL = CaseFold.compile("^(?:aanbeveling|herstelopdracht)(?:\\s+(?<n>\\d{1,2}|[a-z]|[ivx]{1,4}))?\\s*:?$", I);
    /**
     * Whether a numbered label's text is a title over the paragraph that recommends, not the recommendation: short, no
     * sentence (no closing stop or colon), a paragraph right under it.
     */
    private static boolean headsParagraph(DocumentView view, int b, String text) {
        String t = text.strip();
        return BlockText.words(t) <= LABEL_TITLE_WORDS && !t.endsWith(".") && !t.endsWith(":") && !t.endsWith(";")
                && b + 1 < view.blocks.size() && view.is(b + 1, BlockType.PARAGRAPH) && !statusFollows(view, b);
    }

    /**
     * The line under a quoted recommendation in a follow-up study or progress letter ("Status: deels opgevolgd.",
     * "Stand van zaken: …"): the recommendation was made earlier and is reported on here, not made again.
     */
    private static final Pattern STATUS_LINE = CaseFold.compile(
            "^(?:status|stand\\s+van\\s+zaken|opvolging|voortgang|mate\\s+van\\s+opvolging)\\s*:", I);
    /** "Aan de besturen van de regio's", "Aan het college:", or a name with its colon: "Aan ProRail:". */
    private static final Pattern ADDRESSEE = CaseFold.compile("^(?:aan|voor)\\s+(?:de|het|alle|mijn|uw|onze)\\b[^.:;]*:?$"
            + "|^aan\\s+(?-i:\\p{Lu})[^.:;]{1,60}:$", I);
    /** What joins a further addressee's label to the list before it: "En aan het college:", "Daarnaast aan de raad:". */
    private static final Pattern ADDRESSEE_OPENER = CaseFold.compile("^(?:en|ook|en\\s+ook|daarnaast|verder|tot\\s+slot)\\s+(?=aan\\s)", I);
    /** The addressee put first: "Aan de besturen van de veiligheidsregio's beveelt de inspectie aan …". */
    private static final Pattern FRONTED = CaseFold.compile("^(?:aan|voor)\\s+(?<a>(?:de|het|alle|uw)\\b[^,:;.]{2,80}?)\\s+"
            + "(?:bevee?l(?:t|en)|advise(?:ert|ren)|raa?d(?:t|en))\\b", I);
    /** A sentence that goes on from the recommendation before it: "Daarnaast …", "Ook …", "Ten slotte …". */
    private static final Pattern FURTHER = CaseFold.compile("^(?:daarnaast|ook|verder|tevens|bovendien|ten\\s+slotte|tot\\s+slot)\\b", I);
    /** The recommending author opening a lead-in's captured addressee: "wij", "de rekenkamer", "de ombudsman". */
    private static final Pattern AUTHOR_FIRST = CaseFold.compile("^(?:wij|we|ik|(?:de|het)\\s+(?:rekenkamer(?:commissie)?|inspectie"
            + "|(?:kinder)?ombudsman|ombudsvrouw|ombudscommissie|accountant|onderzoeksraad))(?:\\s+|$)", I);
    /** Guarded by the word each alternative needs. */
    private static final GuardedPattern LEAD_IN = GuardedPattern.of(
            "\\bbevee?l(?:t|en)\\s+(?<a>[^,:;]+?)\\s+aan\\b|\\baanbeveling(?:en)?\\s+(?:aan|voor)\\s+(?<b>[^,:;]+?)\\s*:"
                    + "|\\badvise(?:ert|ren)\\s+(?:wij\\s+|we\\s+|de\\s+rekenkamer(?:commissie)?\\s+)?(?<c>(?:de|het|u|uw)\\b[^,:;]*?)\\s*(?:om\\s*|het\\s+volgende\\s*)?:"
                    + "|\\bbevee?l(?:t|en)\\s+(?:wij\\s+|we\\s+)?aan\\s*:|\\bonderstaande\\s+aanbeveling(?:en)?\\b"
                    + "|\\bvolgende\\s+(?:aanbeveling(?:en)?|herstelopdracht(?:en)?)\\b|\\bkomt\\s+tot\\s+de\\s+volgende\\b"
                    // "Daarom geven wij het bestuur de volgende herstelopdrachten:", "Daarnaast doen wij het bestuur twee aanbevelingen:"
                    // ("doet de rekenkamer de volgende aanbevelingen aan het college:" names its addressee after "aan")
                    + "|\\b(?:ge(?:ef|eft|ven)|doe|doet|doen)\\s+(?:wij\\s+|we\\s+|ik\\s+|de\\s+inspectie\\s+)?(?:aan\\s+)?(?!(?:de|het)\\s+(?:volgende|onderstaande|navolgende"
                    + "|rekenkamer\\p{L}*|inspectie|onderzoeksraad)\\b)(?<d>(?:(?:de|het|u|uw)\\b|(?-i:\\p{Lu}))[^,:;]*?)\\s+"
                    + "(?:de\\s+volgende\\s+|een\\s+|twee\\s+|drie\\s+|vier\\s+|vijf\\s+)?(?:aanbeveling(?:en)?|herstelopdracht(?:en)?)\\b", I,
            "beveelt", "bevelt", "beveelen", "bevelen", "aanbeveling", "aanbevelingen", "adviseert", "adviseren", "volgende",
            "herstelopdracht", "herstelopdrachten");
    /**
     * The executive advising its own council ("Het college adviseert de raad per punt als volgt:", "Gelet op het
     * voorgaande adviseert het college de gemeenteraad de zienswijze:"): a proposal's advice, which the council's
     * decision settles, not a recommendation of an inspector or auditor to follow up.
     */
    private static final Pattern BOARD_ADVISES = LeadingBoundary.compile("\\b(?:het\\s+college(?:\\s+van\\s+\\p{L}+(?:\\s+en\\s+\\p{L}+)?)?"
            + "|burgemeester\\s+en\\s+wethouders|gedeputeerde\\s+staten|het\\s+dagelijks\\s+bestuur)\\s+advise(?:ert|ren)\\b"
            + "|\\badvise(?:ert|ren)\\s+(?:het\\s+college|burgemeester\\s+en\\s+wethouders|gedeputeerde\\s+staten"
            + "|het\\s+dagelijks\\s+bestuur)\\s+(?:de|het|uw|u|provinciale)\\b", I);
    /** "Aan de minister … - Geef …": an addressee heading the parser glued to the first item. */
    private static final Pattern ADDRESSEE_GLUED = CaseFold.compile(
            "^(?<a>aan\\s+(?:de|het|alle|mijn|uw|onze)\\b[^.:;]*?)\\s+(?<m>[-•–]|\\d{1,2}[.)]|(?-i:[a-z])[.)])\\s+(?<t>\\p{Lu}.*)$", I);
    /** An item's label addressing someone: "Aan de branchevereniging: ontwikkel …", "Aan ProRail: breng …". */
    private static final Pattern TO_LABEL = CaseFold.compile("aan\\s+(?:de|het|alle|uw|onze|(?-i:\\p{Lu}))", I);
    private static final Pattern HEADING_NUMBER = CaseFold.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+");
    /** "1.", "a)", a bullet, or a capital letter before a sentence ("A. Spreek … af", as reports letter their recommendations). */
    private static final Pattern MARKER = CaseFold.compile("^(?:\\d{1,2}[.)]|[a-z][.)]|[A-Z][.)](?=\\s+\\p{Lu})"
            // a report's own code per recommendation: "R4. Maak …", "A2: Zorg …"
            + "|[A-Z]\\d{1,2}[.):]?(?=\\s+\\p{Lu})|[-•–·o▪■●])\\s+");
    private static final Pattern THEME = CaseFold.compile("^([^:.;]{3,80}):\\s");
    private static final Pattern ISSUER_IN_TEXT = CaseFold.compile(
            "\\b(Inspectie\\s+(?:Justitie\\s+en\\s+Veiligheid|JenV|[A-Z][\\p{L}]+)|Onderzoeksraad\\s+voor\\s+Veiligheid|"
                    + "Algemene\\s+Rekenkamer|Raad\\s+van\\s+State)\\b");

    private static final class Open {
        final StringBuilder text = new StringBuilder();
        String number;
        String addressee;
        int page;
        /** Its lettered sub-items were taken as recommendations of their own. */
        boolean subItems;
        /** The expectation its list completes ("De inspectie verwacht dat … binnen drie maanden:"), whose deadline it has. */
        String expectation;
    }

    /**
     * The paragraph cut before each sentence that recommends anew ("Wij bevelen het college aan …" after "Wij bevelen
     * de raad aan …"); a sentence without its own lead-in stays with the one before. One part: the paragraph whole.
     */
    private static List<String> recommendingParts(DocumentView view, int b, String paragraph) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (DocumentView.Sentence s : view.sentences(b)) {
            Matcher lead = LEAD_IN.pattern().matcher(s.text());
            boolean recommends = LEAD_IN.mayMatch(s.text(), RegexGuard.fold(s.text())) && lead.find()
                    && lead.group("c") == null && s.text().substring(lead.end()).split(" ").length >= 4;
            if (recommends && part.length() > 0) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(part.length() > 0 ? " " : "").append(s.text());
        }
        parts.add(part.toString());
        return parts.size() > 1 ? parts : List.of(paragraph);
    }

    List<Recommendation> tag(DocumentView view, IdSequence ids) {
        List<Open> found = new ArrayList<>();
        boolean inSection = false;
        boolean leadInOnly = false;
        boolean awaitingFirst = false; // a lead-in was just read: what follows must be a recommendation
        boolean afterColon = false; // the block before was a lead-in ending in a colon
        boolean imperativeRun = false; // the blocks before were a lead-in's recommendations printed as paragraphs
        int sectionLevel = 0;
        String addressee = null;
        Integer itemLevel = null;
        int lastNumber = 0;
        Open current = null;
        List<Pending> sectionParagraphs = new ArrayList<>();
        int foundAtSectionStart = 0;
        boolean paused = false;
        String pendingLabel = null;
        String expectation = null; // the expectation lead-in the current list completes
        Set<String> runningHeads = runningHeads(view);
        Integer reactionLevel = null; // inside a reaction or afterword section headed at this level
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            String t = view.text(b);
            // a page's number line ("Pagina 4 van 9") sits between two paragraphs of a section: no heading
            if (block.is(BlockType.TABLE) || t.isEmpty() || block.is(BlockType.PARAGRAPH) && PageFurniture.is(t)) {
                continue;
            }
            // so does a running header ("Programma X", "Kenmerk") printed atop every page
            if (inSection && runningHeads.contains(t) && !SECTION.matcher(t).find()) {
                continue;
            }
            // the reacting body's section and the author's afterword quote recommendations ("Aanbeveling 3" / "Deze
            // nemen wij over"), they make none
            if (block.is(BlockType.HEADING) && (reactionLevel == null || level(block) <= reactionLevel)) {
                boolean reaction = InlineRecommendationTagger.REACTION.matcher(t).find();
                if (reaction && reactionLevel == null) {
                    closeSection(view, found, sectionParagraphs, foundAtSectionStart);
                    inSection = false;
                    leadInOnly = false;
                    current = null;
                }
                reactionLevel = reaction ? Integer.valueOf(level(block)) : null;
            }
            if (reactionLevel != null) {
                continue;
            }
            boolean heading = block.is(BlockType.HEADING) || DocumentView.isShortLabel(block, t)
                    || block.is(BlockType.PARAGRAPH) && t.endsWith("?") && BlockText.words(t) <= QUESTION_WORDS && SECTION.matcher(t).find();
            String unnumbered = HEADING_NUMBER.matcher(t).replaceFirst("");
            if (heading && inSection && block.is(BlockType.HEADING) && deeper(block, sectionLevel) && looksLikeItem(t, unnumbered)) {
                // a numbered recommendation the parser took for a heading
                block = Block.listItem(t, block.page(), 1, markerOf(t));
                heading = false;
            }
            Matcher numbered = NUMBERED.matcher(unnumbered);
            // "Aanbeveling 2 – Capaciteit", "Aanbeveling 1 – aan de raad": a heading whose paragraph is the recommendation
            boolean heads = !block.is(BlockType.LIST_ITEM) && numbered.matches() && headsParagraph(view, b, numbered.group("t"));
            // "Aanbeveling 2: Zorg voor …": the label carries its own text
            boolean carries = !heads && !block.is(BlockType.LIST_ITEM) && numbered.matches() && numbered.group("t").split(" ").length >= 3
                    && !statusFollows(view, b) && !REPLY.matcher(numbered.group("t")).find();
            if (heads || carries) {
                if (!inSection) {
                    inSection = true;
                    leadInOnly = false;
                    sectionLevel = block.level() == null ? 9 : block.level();
                    foundAtSectionStart = found.size();
                    sectionParagraphs.clear();
                }
                paused = false;
                itemLevel = null;
                pendingLabel = null;
                current = null;
                if (heads) {
                    Matcher to = TO_WHOM.matcher(numbered.group("t"));
                    addressee = to.matches() ? to.group(1) : addressee;
                    pendingLabel = numbered.group("n") == null ? "" : numbered.group("n");
                    continue;
                }
                // "Aanbeveling 2. Wij adviseren … Aanbeveling 3. Wij adviseren daarnaast …": one paragraph, two labelled
                for (String part : NEXT_NUMBERED.split(unnumbered)) {
                    Matcher each = NUMBERED.matcher(part);
                    current = each.matches() ? open(each.group("t"), each.group("n"), addressee, block.page())
                            : open(part, null, addressee, block.page());
                    found.add(current);
                }
                continue;
            }
            Matcher section = SECTION.matcher(t);
            if (heading && section.find() && (section.group("improve") == null || IMPROVEMENTS_IN.contains(view.doc.kind()))) {
                closeSection(view, found, sectionParagraphs, foundAtSectionStart);
                inSection = true;
                leadInOnly = false;
                sectionLevel = block.level() == null ? 9 : block.level();
                Matcher sa = SECTION_ADDRESSEE.matcher(t);
                addressee = sa.find() ? sa.group("a").trim() : null;
                // in "Conclusies en aanbevelingen" the findings come first: wait for a lead-in or sub-heading
                paused = section.group("mixed") != null;
                Matcher label = LABEL.matcher(unnumbered);
                pendingLabel = label.matches() ? (label.group("n") == null ? "" : label.group("n")) : null;
                itemLevel = null;
                lastNumber = 0;
                current = null;
                sectionParagraphs.clear();
                foundAtSectionStart = found.size();
                continue;
            }
            if (heading && inSection && FINDINGS.matcher(t).find()) {
                paused = true;
                current = null;
                continue;
            }
            // "En aan het college:" after the council's list: the next addressee
            String toLabel = ADDRESSEE_OPENER.matcher(unnumbered).replaceFirst("");
            if ((heading || t.endsWith(":") && t.length() < 120) && ADDRESSEE.matcher(toLabel).matches()
                    && (inSection || leadInOnly)) {
                // "Aan de raad bevelen wij aan:" names "de raad"; a heading "Aan de besturen van de regio's" whole
                String named = Addressees.leading(toLabel.replaceFirst("(?iu)^(?:aan|voor)\\s+", ""));
                addressee = named != null && LEAD_IN.pattern().matcher(toLabel).find() ? named : toLabel.replaceFirst("\\s*:$", "");
                paused = false;
                current = null;
                itemLevel = null;
                lastNumber = 0;
                afterColon = t.endsWith(":");
                continue;
            }
            if (heading && inSection && !leadInOnly && (block.level() == null || block.level() <= sectionLevel
                    || !block.is(BlockType.HEADING))) {
                closeSection(view, found, sectionParagraphs, foundAtSectionStart);
                inSection = false;
                current = null;
                continue;
            }
            Matcher glued = ADDRESSEE_GLUED.matcher(t);
            if (!block.is(BlockType.HEADING) && (inSection || leadInOnly) && glued.matches()) {
                addressee = glued.group("a").trim();
                // "Aan de raad a. Vraag …" then "b. Stel …": the parser puts the glued item's siblings at any level
                boolean lettered = glued.group("m").matches("\\p{L}[.)]");
                itemLevel = lettered ? null : 1;
                lastNumber = 0;
                current = new Open();
                current.addressee = addressee;
                current.page = block.page();
                current.number = glued.group("m").matches("\\d.*") || lettered ? glued.group("m") : null;
                current.text.append(glued.group("t"));
                found.add(current);
                continue;
            }
            if (inSection && pendingLabel != null && !heading && !block.is(BlockType.LIST_ITEM)
                    && !(t.endsWith(":") && b + 1 < view.blocks.size() && view.is(b + 1, BlockType.LIST_ITEM))) {
                // the paragraph under a bare "Aanbeveling" / "Aanbeveling 3" label is the recommendation, unless it leads in
                // to the list that is ("Gelet op deze bevindingen geeft de inspectie u de volgende herstelopdracht:")
                String label = pendingLabel;
                pendingLabel = null;
                if (statusFollows(view, b)) {
                    current = null;
                    continue;
                }
                current = open(t, label.isEmpty() ? null : label, addressee, block.page());
                found.add(current);
                continue;
            }
            Matcher lead = LEAD_IN.pattern().matcher(t);
            boolean leadFound = !block.is(BlockType.LIST_ITEM) && LEAD_IN.mayMatch(t, RegexGuard.fold(t)) && lead.find()
                    && !(lead.group("c") != null && BOARD_ADVISES.matcher(t).find());
            // (not where the lead's sentence ends with it: "Wij doen de volgende aanbevelingen. De eerste …" announces)
            if (leadFound && inSection && !paused && !t.endsWith(":") && SENTENCE_END.split(t.substring(lead.end()), 2)[0].split(" ").length >= 4) {
                // "Wij bevelen het college aan om …" inside the section: a recommendation, not a lead-in; a paragraph
                // that recommends twice ("Wij bevelen de raad aan … Wij bevelen het college aan …") gives two
                for (String part : recommendingParts(view, b, t)) {
                    Matcher own = LEAD_IN.pattern().matcher(part);
                    String a = own.find() ? leadAddressee(own, part) : null;
                    if (a == null && current != null && found.size() > foundAtSectionStart && FURTHER.matcher(part).lookingAt()) {
                        a = current.addressee; // "Daarnaast beveelt de ombudsman aan …" goes on to whom the one before went
                    }
                    current = open(part, null, a != null ? a : addressee, block.page());
                    found.add(current);
                }
                itemLevel = null;
                continue;
            }
            // an inspectorate's expectation completed by the list below it: "De inspectie verwacht dat de zorgaanbieder
            // binnen drie maanden:" – each point is one it follows up, expected of the body named (a whole expectation
            // that "Dit betekent dat:" spells out stays one, see InlineRecommendationTagger)
            String expected = !leadFound && t.endsWith(":") && !block.is(BlockType.LIST_ITEM)
                    ? InlineRecommendationTagger.expected(lastSentence(view, b)) : null;
            if (leadFound && (t.endsWith(":") || inSection) || expected != null) {
                expectation = expected != null ? t : null;
                afterColon = t.endsWith(":");
                String a = expected != null ? expected : leadAddressee(lead, t);
                if (a != null) {
                    addressee = a;
                }
                paused = false;
                lastNumber = 0; // a new lead-in may number its list anew ("beveelt de raad aan: 1. …" after "… aan het college: 1. …")
                if (!inSection) {
                    inSection = true;
                    leadInOnly = true;
                    awaitingFirst = true;
                    foundAtSectionStart = found.size();
                    sectionParagraphs.clear();
                }
                current = null;
                itemLevel = null;
                continue;
            }
            boolean leadAbove = afterColon;
            afterColon = false;
            boolean runOn = imperativeRun;
            imperativeRun = false;
            if (!inSection) {
                continue;
            }
            if (paused) {
                continue; // findings: not even the role model's reading makes them recommendations
            }
            boolean listItem = block.is(BlockType.LIST_ITEM) || MARKER.matcher(t).find() && !heading;
            // a list whose markers the file did not keep (bullets drawn as graphics), run into one paragraph under its
            // lead-in: its items cut by semicolons ("… beveelt het college aan om: een overzicht te maken …; de scholen te
            // informeren …"), or its sentences ("Aan Provinciale Staten bevelen wij aan:" "Stel … vast. Bespreek …")
            List<String> items = leadAbove && !block.is(BlockType.LIST_ITEM) ? Clauses.enumeration(t) : List.of();
            // a lead-in's bullets lost from the file, one paragraph each: the paragraphs after the first go on opening
            // with the imperative ("Stel … vast." "Zorg ervoor dat …" "Maak … afspraken …")
            boolean goesOn = runOn && !view.sentences(b).isEmpty() && opensWithImperative(view.sentences(b).get(0).text());
            if (items.isEmpty() && (leadAbove || goesOn) && !listItem && !heading) {
                items = runTogether(view, b, true);
            }
            if (!items.isEmpty()) {
                imperativeRun = !block.is(BlockType.LIST_ITEM);
                awaitingFirst = false;
                for (String item : items) {
                    current = open(item, null, addressee, block.page());
                    found.add(current);
                }
                current = null;
                continue;
            }
            if (awaitingFirst) {
                awaitingFirst = false;
                if (leadInOnly && !listItem && !readAsRecommendation(view, b)) {
                    // "… via het informatiepunt, telefoonnummer:" – the colon led to something else
                    inSection = false;
                    sectionParagraphs.clear();
                    current = null;
                    continue;
                }
            }
            if (listItem && ActionTagger.isReplyLabel(MARKER.matcher(t).replaceFirst("").trim())) {
                // "5. Bestuurlijke reactie": a numbered heading the parser ran on from the list of recommendations
                closeSection(view, found, sectionParagraphs, foundAtSectionStart);
                inSection = false;
                current = null;
                continue;
            }
            if (listItem) {
                int level = block.level() == null ? 1 : block.level();
                String marker = block.number() != null ? block.number() : markerOf(t);
                Integer n = marker != null && marker.matches("\\d+[.)]?") ? Integer.valueOf(marker.replaceAll("\\D", "")) : null;
                if ((itemLevel == null || level <= itemLevel) && n != null && n <= lastNumber) {
                    // numbering restarts or goes back: a new list (e.g. a numbered chapter), not this one
                    closeSection(view, found, sectionParagraphs, foundAtSectionStart);
                    inSection = false;
                    current = null;
                    continue;
                }
                if (statusFollows(view, b)) {
                    current = null; // an earlier recommendation with its status
                    continue;
                }
                if (itemLevel == null || level <= itemLevel || current == null) {
                    itemLevel = level;
                    lastNumber = n != null ? n : lastNumber;
                    current = new Open();
                    // "1." or "a)" identifies the recommendation; a bullet does not
                    current.number = marker != null && marker.matches(".*[\\p{L}\\p{N}].*") ? marker : null;
                    // "1. Wij bevelen de raad aan om …": the item names its own addressee
                    String own = InlineRecommendationTagger.addresseeIn(t);
                    current.addressee = own != null ? own : addressee;
                    current.expectation = leadInOnly ? expectation : null;
                    current.page = block.page();
                    current.text.append(MARKER.matcher(t).replaceFirst(""));
                    found.add(current);
                } else if (completeRequest(current, t)) {
                    // "Aan het college: a. Stel … b. Zorg …": each complete lettered request is its own
                    Open sub = open(MARKER.matcher(t).replaceFirst(""), marker, addressee, block.page());
                    if (!current.subItems) {
                        found.remove(current);
                    }
                    found.add(sub);
                    current.subItems = true;
                } else {
                    current.text.append(' ').append(withMarker(block, t));
                }
                continue;
            }
            if (leadInOnly && current != null && heading) {
                inSection = false;
                current = null;
                continue;
            }
            if (current != null && continues(current.text, t)) {
                current.text.append(' ').append(t);
            } else if (leadInOnly && current != null) {
                inSection = false; // the list after a lead-in has ended
                current = null;
            } else {
                sectionParagraphs.add(new Pending(b, addressee));
            }
        }
        closeSection(view, found, sectionParagraphs, foundAtSectionStart);

        Metadata m = view.doc.metadata();
        String issuer = m != null && m.organisation() != null ? m.organisation() : issuerFromText(view);
        List<Recommendation> out = new ArrayList<>();
        for (Open o : found) {
            String text = o.text.toString().trim();
            Matcher th = THEME.matcher(text);
            String theme = th.find() ? th.group(1).trim() : null;
            String to = o.addressee;
            if (theme != null && (theme.equals(Addressees.leading(theme)) || TO_LABEL.matcher(theme).lookingAt())) {
                // "Gedeputeerde Staten: neem in elke beschikking op …", "Aan de minister van X: laat …": the label
                // names whom, not what about
                to = theme;
                theme = null;
            }
            Recommendation r = new Recommendation(ids.next(), text, o.number, issuer, to, m == null ? null : m.title(),
                    m == null ? null : m.date(), theme, o.page);
            // "… verwacht dat de zorgaanbieder binnen drie maanden: – …": each point is due when the expectation is
            Optional<Deadline> due = o.expectation == null ? Optional.empty()
                    : Deadline.in(o.expectation, m == null || m.date() == null ? view.date() : m.date()).filter(d -> d.day() != null);
            out.add(due.isPresent() ? r.withDue(due.get().day(), due.get().text()) : r);
        }
        return out;
    }

    /**
     * The body a lead-in names: "beveelt de raad aan", "bevelen wij de minister aan" (the author's pronoun is no
     * addressee), "adviseren wij het college:", or "de volgende aanbevelingen aan het algemeen bestuur:" further on.
     */
    private static String leadAddressee(Matcher lead, String t) {
        String a = lead.group("a") != null ? lead.group("a") : lead.group("b") != null ? lead.group("b")
                : lead.group("c") != null ? lead.group("c") : lead.group("d");
        if (a == null) {
            Matcher later = SECTION_ADDRESSEE.matcher(t.substring(lead.start()));
            a = later.find() ? later.group("a") : null;
        }
        if (a == null) {
            return null;
        }
        Matcher fronted = FRONTED.matcher(t);
        if (fronted.lookingAt()) {
            return fronted.group("a").trim(); // "Aan de besturen van de regio's beveelt de inspectie aan …"
        }
        // the author between verb and particle is who recommends, not to whom ("Daarnaast beveelt de ombudsman aan …",
        // "beveelt de rekenkamer het college aan …")
        String to = AUTHOR_FIRST.matcher(a.trim()).replaceFirst("").trim();
        return to.isEmpty() ? null : to;
    }

    /** The block's last sentence: where a lead-in ends in its colon. */
    private static String lastSentence(DocumentView view, int b) {
        List<DocumentView.Sentence> s = view.sentences(b);
        return s.isEmpty() ? view.text(b) : s.get(s.size() - 1).text();
    }

    /** The next block of text is a status line: block {@code b} quotes an earlier recommendation. */
    private static boolean statusFollows(DocumentView view, int b) {
        for (int n = b + 1; n < view.blocks.size(); n++) {
            String t = view.text(n);
            if (!t.isEmpty() && !PageFurniture.is(t)) {
                return STATUS_LINE.matcher(MARKER.matcher(t).replaceFirst("")).find();
            }
        }
        return false;
    }

    private static Open open(String text, String number, String addressee, int page) {
        Open o = new Open();
        o.text.append(text);
        o.number = number;
        // "Wij adviseren u …" under a bare label names its own addressee
        o.addressee = addressee != null ? addressee : InlineRecommendationTagger.addresseeIn(text);
        if (o.addressee == null) {
            // a repair order stated of its addressee: "Het bestuur zorgt ervoor dat …"
            String subject = Addressees.leading(text);
            o.addressee = subject != null && ACTS.matcher(text.substring(subject.length())).lookingAt() ? subject : null;
        }
        o.page = page;
        return o;
    }

    /** A verb in the third person after the subject: "zorgt", "stelt", "draagt". */
    private static final Pattern ACTS = CaseFold.compile("\\s+\\p{L}+t\\b");

    /**
     * Short lines printed alike atop three or more pages (among a page's first lines, page numbers not counted): a
     * running header, not the text's own headings. A label repeated further down a page ("Aanbeveling 1") is none.
     */
    private static Set<String> runningHeads(DocumentView view) {
        Map<String, Set<Integer>> pages = new HashMap<>();
        int page = -1;
        int onPage = 0;
        for (int b = 0; b < view.blocks.size(); b++) {
            String t = view.text(b);
            if (view.block(b).page() != page) {
                page = view.block(b).page();
                onPage = 0;
            }
            if (PageFurniture.is(t) || t.isEmpty()) {
                continue;
            }
            if (onPage++ < HEAD_LINES && !view.is(b, BlockType.LIST_ITEM) && !view.is(b, BlockType.TABLE)
                    && t.split(" ").length <= 8) {
                pages.computeIfAbsent(t, k -> new HashSet<>()).add(page);
            }
        }
        Set<String> out = new HashSet<>();
        pages.forEach((t, p) -> {
            if (p.size() >= RUNNING_PAGES) {
                out.add(t);
            }
        });
        return out;
    }

    private static final int RUNNING_PAGES = 3;
    private static final int HEAD_LINES = 4;

    /** A paragraph of a section without list items, with the addressee label it stood under. */
    private record Pending(int block, String addressee) {}

    /** A section without list items: its paragraphs that read as recommendations, one each. */
    /** A heading's level; one without a level ends at any heading. */
    private static int level(Block heading) {
        return heading.level() == null ? 9 : heading.level();
    }

    private static void closeSection(DocumentView view, List<Open> found, List<Pending> paragraphs, int foundAtStart) {
        if (found.size() > foundAtStart) {
            paragraphs.clear();
            return;
        }
        for (Pending p : paragraphs) {
            int b = p.block();
            // under an addressee's label ("Aan de minister") an imperative is addressed to it ("Neem … op in …")
            List<DocumentView.Sentence> first = view.sentences(b);
            List<String> imperatives = p.addressee() == null || first.isEmpty() || !opensWithImperative(first.get(0).text())
                    ? List.of() : runTogether(view, b, true);
            // "Het bestuur moet ervoor zorgen dat …": an obligation laid on a body in the section (an inspectorate's
            // repair order written out) is a recommendation to that body
            List<String> obligations = imperatives.isEmpty() ? obligations(view, b) : List.of();
            if (readAsRecommendation(view, b) || !imperatives.isEmpty() || !obligations.isEmpty()) {
                List<DocumentView.Sentence> sentences = view.sentences(b);
                List<String> run = !imperatives.isEmpty() ? imperatives : !obligations.isEmpty() ? obligations : runTogether(view, b, false);
                List<String> parts = run.isEmpty() ? List.of(view.text(b)) : run;
                for (String part : parts) {
                    Open o = new Open();
                    o.text.append(part);
                    // no sub-heading named one: the paragraph's own ("De inspectie verwacht dat het bestuur …", "Het
                    // bestuur moet …")
                    String own = InlineRecommendationTagger.addresseeOf(sentences.get(0).text());
                    o.addressee = p.addressee() != null ? p.addressee() : own != null ? own : obliged(part);
                    o.page = view.block(b).page();
                    found.add(o);
                }
            }
        }
        paragraphs.clear();
    }

    /** The sentence-role model reads the block's first sentence as a recommendation. */
    private static boolean readAsRecommendation(DocumentView view, int b) {
        List<DocumentView.Sentence> s = view.sentences(b);
        return !s.isEmpty() && readAsRecommendation(s.get(0).text());
    }

    private static boolean readAsRecommendation(String sentence) {
        return DutchNlp.get().role(sentence).role() == SentenceRole.recommendation;
    }

    /**
     * A sub-item is a request of its own when its parent only introduces it (ends with a colon) and it is a
     * whole sentence: a capital, at least four words, a full stop.
     */
    private static boolean completeRequest(Open parent, String item) {
        String p = parent.text.toString().trim();
        String t = MARKER.matcher(item).replaceFirst("").trim();
        return (parent.subItems || p.endsWith(":")) && !t.isEmpty() && Character.isUpperCase(t.charAt(0))
                && t.split(" ").length >= 4 && t.endsWith(".");
    }

    /**
     * The previous item's text stops mid-sentence and this paragraph goes on with it: it opens in lower case, or the item
     * breaks off after a word that needs one after it. An item printed as a headline without a full stop ("1. Informeer
     * Staten twee keer per jaar") followed by a sentence of its own ("Gebruik daarvoor …") is the item and its explanation.
     */
    private static boolean continues(StringBuilder text, String next) {
        String t = text.toString().trim();
        return !t.isEmpty() && !t.matches("(?s).*[.!?;:]$")
                && (!next.isEmpty() && !Character.isUpperCase(next.codePointAt(0)) || BROKEN_OFF.matcher(t).find());
    }

    /** An item that breaks off after an article, preposition, conjunction or comma. */
    private static final Pattern BROKEN_OFF = CaseFold.compile(
            "(?:\\b(?:de|het|een|van|voor|in|op|met|aan|bij|te|tot|om|en|of|dat|die|door|naar|over|uit)|,)$", I);

    /**
     * Recommendations whose bullets a PDF drew as graphics, run into one paragraph ("Stel een kader vast. Leg daarin
     * vast … . Bespreek jaarlijks … ."): each sentence that reads as a recommendation opens one, a sentence that refers
     * back ("Leg daarin vast …", "Zo kunnen …") stays with the one before. Empty unless the first sentence reads as a
     * recommendation and every other one does or refers back. Right under a lead-in ("bevelen wij aan:") a sentence the
     * model reads as a task and that opens with its verb ("Vraag jaarlijks een briefing.") is one too: the lead-in, or an
     * addressee's label, says what its imperatives are; there a sentence that recommends nothing explains the one
     * before ("Actualiseer de nota. De huidige nota dateert uit 2014.").
     */
    private static List<String> runTogether(DocumentView view, int b, boolean underLeadIn) {
        return parts(view, b, text -> readAsRecommendation(text) || underLeadIn && (opensWithImperative(text)
                || DutchNlp.get().role(text).role() == SentenceRole.action), underLeadIn);
    }

    /**
     * The block's sentences when each lays an obligation on a body ("Het bestuur moet …", "Daarnaast dient de gemeente …")
     * or explains the one before ("Dit moet voor 1 juli hersteld zijn."); else none.
     */
    private static List<String> obligations(DocumentView view, int b) {
        return parts(view, b, text -> obliged(text) != null, false);
    }

    /**
     * The block cut into recommendations: each sentence that {@code opens} one starts a part, a sentence that refers back
     * (or, with {@code explanationsJoin}, any other sentence) goes with the part before; empty when the first sentence
     * opens none, or a later one neither opens nor joins.
     */
    private static List<String> parts(DocumentView view, int b, Predicate<String> opens, boolean explanationsJoin) {
        List<String> parts = new ArrayList<>();
        for (DocumentView.Sentence s : view.sentences(b)) {
            String text = s.text();
            boolean opening = opens.test(text);
            if (!parts.isEmpty() && (REFERS_BACK.matcher(text).find() || explanationsJoin && !opening)) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + text);
            } else if (opening) {
                parts.add(text);
            } else {
                return List.of();
            }
        }
        return parts;
    }

    /** The body a sentence obliges ("Het bestuur moet ervoor zorgen dat …" → "Het bestuur"), or null. */
    private static String obliged(String sentence) {
        Matcher inverted = OBLIGES_FIRST.matcher(sentence);
        if (inverted.lookingAt()) {
            return Addressees.leading(sentence.substring(inverted.end())); // "Daarnaast dient de gemeente …"
        }
        String rest = OBLIGATION_OPENER.matcher(sentence).replaceFirst("");
        String body = Addressees.leading(rest);
        return body != null && OBLIGES.matcher(rest).region(body.length(), rest.length()).lookingAt() ? body : null;
    }

    private static final Pattern OBLIGATION_OPENER = CaseFold.compile("^(?:daarnaast|verder|ook|tevens|bovendien|vervolgens),?\\s+", I);
    private static final Pattern OBLIGES_FIRST = CaseFold.compile(
            "^(?:daarnaast|verder|ook|tevens|bovendien|vervolgens),?\\s+(?:moet|moeten|dient|dienen)\\s+", I);
    /** "moet", "moeten (ook)", "dient", "dienen": the verb that obliges, right after the body ("moet kunnen" explains). */
    private static final Pattern OBLIGES = CaseFold.compile("\\s+(?:moet|moeten|dient|dienen)\\b(?!\\s+kunnen\\b)", I);

    /** {@code imperatives.txt}: the verbs a recommendation opens with in the imperative. */
    private static final Set<String> IMPERATIVES = Set.copyOf(WordList.read(RecommendationTagger.class, "imperatives.txt"));

    /** The sentence opens with a verb in the imperative ("Zorg dat …", "Neem … op"). */
    private static boolean opensWithImperative(String sentence) {
        int end = 0;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        return end > 0 && IMPERATIVES.contains(sentence.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** A sentence that explains the one before: "Zo kunnen …", "Dit voorkomt …", "Leg daarin vast …", "Nodig daarbij …". */
    private static final Pattern REFERS_BACK = CaseFold.compile("^(?:(?:zo|dit|dat|deze|daarmee|daardoor|hierdoor|hiermee)\\b"
            + "|(?:\\S+\\s+){0,2}?(?:daarin|daarbij|daarvoor|daartoe|daarover|hierin|hierbij|hiervoor|hiertoe)\\b)", I);

    /** A heading below the section's own level (a heading at its level or above ends the section). */
    private static boolean deeper(Block b, int sectionLevel) {
        return b.level() == null || b.level() > sectionLevel;
    }

    /** A long numbered "heading" cut off mid-sentence, or one the role model reads as a recommendation. */
    private static boolean looksLikeItem(String t, String unnumbered) {
        if (unnumbered.equals(t) || ADDRESSEE.matcher(unnumbered).matches() || SECTION.matcher(t).find()) {
            return false;
        }
        int words = unnumbered.split(" ").length;
        return words > 8 || words >= 4 && DutchNlp.get().role(unnumbered).role() == SentenceRole.recommendation;
    }

    private static String markerOf(String t) {
        Matcher m = MARKER.matcher(t);
        return m.find() ? m.group().trim() : null;
    }

    private static String withMarker(Block b, String t) {
        return b.number() != null && !t.startsWith(b.number()) ? b.number() + " " + t : t;
    }

    private static String issuerFromText(DocumentView view) {
        for (int b = 0; b < Math.min(view.blocks.size(), 40); b++) {
            Matcher m = ISSUER_IN_TEXT.matcher(view.text(b));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
