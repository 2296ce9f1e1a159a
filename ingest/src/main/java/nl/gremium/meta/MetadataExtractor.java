package nl.gremium.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.DocKind;
import nl.gremium.model.Metadata;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.DutchDates;
import nl.gremium.text.PageFurniture;

/**
 * Reads title, organisation, body, dates, language and confidentiality from the document's own text (file
 * metadata is not trusted: it names the template or the person who saved it). Header fields ("Datum:",
 * "Van:", "Vergadering:", "Onderwerp", "datum overleg") come first, then the title lines, then the signature
 * and the running text.
 */
public final class MetadataExtractor {
    private static final int HEAD = 15;
    private static final Set<DocKind> BOARD_KINDS = EnumSet.of(DocKind.agenda, DocKind.minutes,
            DocKind.decision_list, DocKind.document_list, DocKind.proposal, DocKind.schedule);
    private static final Pattern WRAPPED_NAME = CaseFold.compile("(?u)\\p{Lu}\\p{L}*\\s+(?:en|van|voor)$");
    private static final int MAX_CONTINUATION = 15;
    /** The end of a name's list of fields, wrapped after its comma: "Cultuur en Wetenschap", "Wijken en Leefbaarheid". */
    private static final Pattern NAME_LIST_END = CaseFold.compile("(?u)\\p{Lu}[\\p{L}-]*(?:,\\s+\\p{Lu}[\\p{L}-]*)*\\s+en\\s+\\p{Lu}[\\p{L}-]*");
    /** A form's name printed as its first line ("Memo", "Notitie"): the subject field says what it is about. */
    private static final Pattern FORM_NAME = CaseFold.compile(
            "(?iu)(?:memo|memorandum|notitie|nota|informatienota|oplegnotitie|adviesnota|bestuursnotitie|raadsnotitie)"
                    + "(?:\\s+(?:aan|voor)\\s+(?:de\\s+|het\\s+)?\\p{L}+(?:\\s+\\p{L}+)?)?");
    /**
     * A title that opens with a field's word but no colon: "Van melding tot maatregel", "Van plan naar uitvoering", "Aan
     * de slag met …" (a sender field reads "Van: …" or "Van de secretaris").
     */
    private static final Pattern FIELD_WORD_TITLE = CaseFold.compile(
            "(?iu)^(?:van\\s+[^:]+?\\s+(?:tot|naar)\\s+\\p{L}|aan\\s+de\\s+slag\\b)");
    private static final Pattern GENERIC_SECTION = CaseFold.compile(
            "(?iu)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:voorwoord|inleiding|samenvatting|managementsamenvatting|aanleiding"
                    + "|achtergrond|voorstel|besluit|inhoud|inhoudsopgave|toelichting)$");
    /**
     * Letterhead and page furniture, never a title: a postal address or phone line ("Gemeente X Postbus 100 T 14…"),
     * a web or mail address, a bare label waiting for its value ("RIS-nummer:", "Kenmerk"), a reference number.
     */
    private static final Pattern LETTERHEAD = CaseFold.compile(
            "(?iu)\\bpostbus\\b|(?-i:\\b\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu}\\p{Ll})|\\b(?:tel(?:efoon)?|fax|t|f)\\.?\\s*:?\\s*\\+?\\d[\\d\\s-]{4,}"
                    + "|www\\.|https?://|\\S*@\\S+\\.\\p{L}{2,}|^[\\p{L}\\s-]{1,30}:$"
                    // the masthead of an official gazette a decision is published in ("Provinciaal blad van de provincie X")
                    + "|^(?:provinciaal\\s+blad|gemeenteblad|waterschapsblad|staatscourant)\\b|\\bofficiële\\s+uitgave\\b"
                    + "|^(?:ons |uw )?(?:kenmerk|referentie|zaaknummer|registratienummer|ris-nummer|documentnummer|bijlage\\(n\\)|"
                    + "pagina|blad|datum|onderwerp|betreft|aan|van|cc|kopie"
                    // the letterhead's column of the sender's details ("Bezoekadres", "Postadres", "Behandeld door")
                    + "|bezoekadres|postadres|contactpersoon|behandeld door|inlichtingen(?: bij)?|doorkiesnummer)\\b\\s*:?\\s*\\S{0,20}$"
                    // a bare reference code ("ABC123456", "kst-12345-67"), a handling mark, a salutation's first word
                    + "|^(?:\\p{L}{1,6}[-\\s]?)?\\d[\\d\\s./-]{3,}(?:\\s?\\p{L}{1,3})?$"
                    // a redaction's ground ("5.1.2.e Woo", "5.1 2 e Woo" as a scan reads it)
                    + "|^[\\d\\s.]+\\p{L}?\\.?\\s*(?:woo|wob)$"
                    + "|^(?:intern gebruik|uitsluitend voor intern gebruik|openbaar|geachte)$"
                    // the handling mark of a note to a minister or board ("TER BESLISSING", "Ter ondertekening")
                    + "|^ter\\s+(?:beslissing|besluitvorming|ondertekening|informatie|kennisname|advisering|bespreking)$"
                    // a page number on its own ("3", "- 3 -", "Pagina 1 van 2")
                    + "|^[-–\\s]*\\d{1,4}[-–\\s]*$|^pagina\\s+\\d+(?:\\s+(?:van|/)\\s+\\d+)?$");
    /**
     * The lines above a parliamentary paper's own title ("Nr. 301 MOTIE VAN HET LID …"): the chamber, the session year and
     * the dossier it belongs to ("29 517 Brandweerzorg").
     */
    private static final Pattern PARLIAMENTARY_HEAD = CaseFold.compile(
            "(?iu)^(?:(?:tweede|eerste)\\s+kamer\\s+der\\s+staten-generaal\\s*$|vergaderjaar\\s+\\d{4}|\\d{2}\\s\\d{3}(?:-[\\p{L}\\d]+)?\\s+\\p{Lu})");
    /** A motion's or amendment's kind alone on its title line, its subject in a field: "Motie vreemd aan de orde van de dag". */
    private static final Pattern BARE_MOTION = CaseFold.compile(
            "(?iu)(?:motie|amendement|subamendement)(?:\\s+vreemd\\s+aan\\s+de\\s+orde(?:\\s+van\\s+de\\s+dag)?)?");
    private static final Pattern LABELLED_TITLE = CaseFold.compile(
            "(?iu)^(?:motie|amendement|subamendement)\\b[^:.]{0,50}(?::|\\s[–-])\\s*\\p{L}");
    /** "(Gewijzigd) voorstel van het college inzake …", "Raadsvoorstel van het presidium tot …". */
    private static final Pattern PROPOSAL_TITLE = CaseFold.compile(
            "(?iu)^(?:(?:gewijzigd|geamendeerd|aangepast|herzien)\\s+)?(?:raads)?voorstel\\s+van\\s+[\\p{L}\\s&]{3,60}?\\s+(?:inzake|tot|betreffende|over|ter)\\s+\\S");
    private static final Pattern YEAR = CaseFold.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)");
    /** "'s-Gravenhage 2021", "Den Haag, 5 juli 2022": where and when a paper was printed, not what it is. */
    private static final Pattern PLACE_DATE = CaseFold.compile("(?u)^(?:['’]s-\\p{Lu}[\\p{L}-]*,?"
            + "|\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:op|aan|den|de|in|bij|van)\\s+)*\\p{Lu}[\\p{L}-]*){0,3},)"
            + "\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+)?(?:19|20)\\d{2}$");
    private static final int SIGNATURE = 12;
    private static final int MAX_TITLE = 200;
    /** A margin line glued to a title: a unit's or department's name, a few words. */
    private static final int MARGIN_WORDS = 8;
    /** A title cut after a word that needs what follows. */
    private static final Pattern DANGLING = CaseFold.compile("(?i)\\b(?:de|het|een|van|voor|inzake|over|en|of|op|in|met|aan|tot|bij"
            + "|om|te|naar|door|uit|betreffende|ter|der|des|tegen|onder|na)$");
    /** What must remain of a title once a margin line is taken off. */
    private static final int MIN_TITLE = 10;

    private static final Pattern BODY = CaseFold.compile(
            "(?iu)\\b(algemeen bestuur|dagelijks bestuur|bestuurscommissie|gemeenteraad|college van burgemeester en wethouders"
                    + "|college van b&w|provinciale staten|gedeputeerde staten|raadscommissie|verenigde vergadering)\\b");
    /** A chamber of parliament heading its papers ("Tweede Kamer der Staten-Generaal"), in a line or cell of its own. */
    private static final Pattern CHAMBER = CaseFold.compile("(?iu)^(tweede|eerste)\\s+kamer\\b");
    /**
     * What a head line says of the body when it names none: a council's proposal ("Voorstel van het college inzake …",
     * "Raadsvoorstel") goes to the council, a province's ("Statenvoorstel") to the States; "Raad" alone heads a
     * council's decision list.
     */
    private static final Pattern COUNCIL_PROPOSAL = CaseFold.compile(
            "(?iu)^(?:raadsvoorstel|voorstel\\s+(?:van|aan)\\s+(?:het\\s+college|het\\s+presidium|de\\s+burgemeester|burgemeester\\s+en\\s+wethouders"
                    + "|de\\s+(?:gemeente)?raad))\\b");
    private static final Pattern STATES_PROPOSAL = CaseFold.compile("(?iu)^statenvoorstel\\b");
    /** The record of a consultation names it as its body: "Verslag bestuurlijk overleg programmeringsafspraken X". */
    private static final Pattern OVERLEG_TITLE = CaseFold.compile("(?iu)^(?:verslag|notulen|besluitenlijst|actielijst)\\s+(?:van\\s+(?:het|de)\\s+)?"
            + "(?<body>(?:bestuurlijk|ambtelijk|regionaal|portefeuillehouders|directeuren)\\s*overleg\\b[^.:;]{0,80}"
            // a council's or States' committee named by its field: "Verslag commissie Samenleving"
            + "|(?:raads|staten)?commissie\\s+(?-i:\\p{Lu})[\\p{L}&,\\s-]{1,60}?)$");
    /** A sentence that names the record it opens: "Verslag van de openbare vergadering van …". */
    private static final Pattern MEETING_RECORD = CaseFold.compile(
            "(?iu)(?:verslag|notulen|besluitenlijst|actie-\\s+en\\s+besluitenlijst)\\s+van\\s+de\\s+(?:\\p{L}+\\s+){0,2}?(?:vergadering|bijeenkomst|zitting)\\b");
    private static final Pattern BARE_COUNCIL = CaseFold.compile("(?iu)^(?:de\\s+)?raad$");
    private static final Pattern MEETING_OF = CaseFold.compile("(?iu)\\b(?:vergadering|overleg|bijeenkomst) (?:van|op)\\b");
    private static final Pattern BARE_KIND_TITLE = CaseFold.compile(
            "(?iu)^(?:concept[- ]?)?(agenda|verslag|notulen|besluitenlijst|actie- en besluitenlijst)$");
    private static final Pattern SIGN_OFF = CaseFold.compile(
            "(?iu)^(?:met (?:vriendelijke|hartelijke|collegiale) groet|hoogachtend|namens\\b|de minister|de staatssecretaris"
                    + "|.*inspecteur-generaal"
                    // a role named in a short line signs ("De voorzitter,"); in a sentence it is only mentioned
                    + "|(?=(?:\\S+(?:\\s+|$)){1,10}$).*\\b(?:directeur|voorzitter|secretaris)\\b)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\s]+");
    private static final Pattern ADDRESS = CaseFold.compile("(?iu)^(?:t\\.?a\\.?v\\.?|postbus|per adres|aan\\b(?!\\s*:)|\\d{4}\\s?[a-z]{2}\\b)");

    public Metadata extract(List<Block> blocks, DocKind kind) {
        // a scan's column of lone dots says nothing and would push the subject out of the letterhead's window
        List<Block> content = BlockText.content(blocks).stream()
                .filter(b -> b.is(BlockType.TABLE) || !PUNCTUATION.matcher(b.text()).matches()).toList();
        List<String> head = texts(content.subList(0, Math.min(HEAD, content.size())));
        Map<String, String> fields = HeaderFields.read(content.subList(0, Math.min(HEAD + 10, content.size())));
        String all = BlockText.join(content);
        Integer year = commonYear(all);
        List<String> lines = texts(content);

        List<String> headCells = headCells(content.subList(0, Math.min(HEAD, content.size())));
        String body = kind == DocKind.letter ? Signatory.of(content).orElseGet(() -> body(fields, head, headCells, kind))
                : body(fields, head, headCells, kind);
        boolean motion = kind == DocKind.motion || kind == DocKind.amendment;
        String organisation = (motion ? CouncilOpening.organisation(lines) : Optional.<String>empty())
                .orElseGet(() -> organisation(content, head, all, kind, body));
        LocalDate meetingDate = null;
        LocalDate documentDate = null;
        Optional<LocalDate> opened = motion ? CouncilOpening.meetingDate(lines, year) : Optional.empty();
        if (opened.isPresent()) {
            // submitted in the meeting its opening names; a printed date only from its own date field
            meetingDate = opened.get();
            documentDate = firstDate(fields.get("datum"), year).orElse(null);
        } else if (kind == DocKind.letter) {
            documentDate = PrintedDate.of(fields, lines, HEAD, year).or(() -> PrintedDate.alone(firstPage(content))).orElse(null);
        } else if (kind == DocKind.proposal || kind == DocKind.document_list) {
            meetingDate = lastDate(fields.get("datum overleg"), year).or(() -> firstDate(fields.get("datum vergadering"), year))
                    .or(() -> firstDate(fields.get("vergaderdatum"), year)).or(() -> firstDate(fields.get("datum"), year)).orElse(null);
            if (meetingDate == null && kind == DocKind.document_list) {
                // "Lijst van ingekomen stukken raadsvergadering 12 november 2026": the meeting the list is for
                meetingDate = head.stream().limit(4).map(DutchDates::first).flatMap(Optional::stream).findFirst().orElse(null);
            }
            boolean noMeetingDate = meetingDate == null;
            // a proposal that carries its adoption is dated by it; one without a meeting date by its printed date
            documentDate = PrintedDate.adopted(lines, year)
                    .or(() -> kind == DocKind.proposal && noMeetingDate
                            ? PrintedDate.of(fields, lines, HEAD, year) : Optional.empty()).orElse(null);
        } else if (kind == DocKind.agenda || kind == DocKind.minutes || kind == DocKind.decision_list) {
            // an agenda sent as a letter: its "Datum" is the letter's, the meeting's is in its subject line
            String subject = fields.getOrDefault("onderwerp", fields.get("betreft"));
            Optional<LocalDate> inSubject = kind == DocKind.agenda && subject != null ? firstDate(subject, year) : Optional.empty();
            meetingDate = inSubject.or(() -> firstDate(fields.get("datum"), year))
                    .or(() -> firstDate(fields.get("datum vergadering"), year))
                    .or(() -> firstDate(fields.get("vergaderdatum"), year))
                    .or(() -> head.stream().limit(4).map(t -> DutchDates.first(t)).flatMap(Optional::stream).findFirst())
                    .or(() -> head.stream().filter(t -> MEETING_OF.matcher(t).find())
                            .map(DutchDates::first).flatMap(Optional::stream).findFirst())
                    .orElse(null);
        } else {
            documentDate = PrintedDate.of(fields, lines, HEAD, year)
                    .or(() -> kind == DocKind.report || kind == DocKind.inspection_report
                            ? PrintedDate.coverMonth(lines, HEAD) : Optional.empty()).orElse(null);
        }
        RunningHeader running = RunningHeader.of(content);
        String title = withoutRepeatedTail(withoutOrganisation(namingItsKind(title(content, fields, kind, body, meetingDate, running), content, kind, running),
                organisation), content);
        return new Metadata(title, organisation, body, meetingDate, documentDate, LanguageGuess.of(all),
                Confidentiality.of(content, fields));
    }

    // ---- title ----

    private static String title(List<Block> content, Map<String, String> fields, DocKind kind, String body,
                                LocalDate meetingDate, RunningHeader running) {
        String subject = fields.getOrDefault("onderwerp", fields.get("betreft"));
        if (kind == DocKind.letter) {
            return subject != null ? cap(subject) : headingBeforeSalutation(content);
        }
        if (kind == DocKind.agenda && subject != null && subject.toLowerCase(Locale.ROOT).contains("agenda")) {
            return cap(subject); // an agenda sent as a letter: "Onderwerp: Uitnodiging en agenda vergadering …"
        }
        String formTitle = fields.get(HeaderFields.FORM_TITLE);
        if (formTitle == null && (kind == DocKind.motion || kind == DocKind.amendment || kind == DocKind.proposal)) {
            formTitle = labelledTitle(content, kind == DocKind.proposal ? PROPOSAL_TITLE : LABELLED_TITLE);
        }
        String first = formTitle != null ? formTitle : titleLine(content, running);
        if (kind == DocKind.proposal && formTitle == null && first != null && subject != null
                && !PAPER_WORD.matcher(first).lookingAt() && !KIND_WORDS.get(DocKind.proposal).matcher(first).find()) {
            first = null; // a line of the letterhead above the form ("ODZV", the sender's motto): the subject says what it is
        }
        if ((kind == DocKind.proposal || kind == DocKind.document_list
                || first != null && (FORM_NAME.matcher(first).matches() || BARE_MOTION.matcher(first).matches())) && subject != null) {
            return cap(first != null && !first.equalsIgnoreCase(subject) ? first + ": " + subject : subject);
        }
        if (first == null && subject == null && BOARD_KINDS.contains(kind) && fields.get("vergadering") != null
                && !LETTERHEAD.matcher(fields.get("vergadering")).find()) {
            // minutes that open "Vergadering gemeenteraad X gehouden op …": the meeting line is their title
            return cap("Vergadering " + fields.get("vergadering"));
        }
        if (first == null && subject == null && BOARD_KINDS.contains(kind)) {
            Optional<String> record = meetingRecordSentence(content);
            if (record.isPresent()) {
                return cap(record.get());
            }
        }
        if (first == null) {
            return subject == null ? null : cap(subject);
        }
        Matcher bare = BARE_KIND_TITLE.matcher(first);
        if (!bare.matches()) {
            return cap(first);
        }
        // "Verslag" + "Van: Dagelijks bestuur" + "Datum: 12 juni 2025" → "Verslag vergadering Dagelijks bestuur 12 juni 2025"
        String meeting = fields.getOrDefault("vergadering", fields.getOrDefault("van", body));
        if (meeting != null && LETTERHEAD.matcher(meeting).find()) { // "Vergadering terugkijken https://…": a link row
            meeting = fields.getOrDefault("van", body);
        }
        String date = fields.get("datum");
        StringBuilder sb = new StringBuilder(capitalise(bare.group(1).toLowerCase(Locale.ROOT)));
        if (meeting != null) {
            sb.append(" vergadering ").append(meeting);
        }
        if (date != null && meetingDate != null && !DutchDates.findAll(date).isEmpty()) {
            sb.append(' ').append(DutchDates.findAll(date).get(0).raw());
        }
        return cap(sb.toString());
    }

    /** The words a paper of each kind opens its own title with ("Verslag van de openbare vergadering …", "Motie Behoud …"). */
    private static final Map<DocKind, Pattern> KIND_WORDS = Map.of(
            DocKind.agenda, CaseFold.compile("(?iu)^(?:concept[- ]?)?agenda\\b"),
            DocKind.minutes, CaseFold.compile("(?iu)^(?:verslag|notulen|conceptverslag|concept-verslag)\\b"),
            DocKind.decision_list, CaseFold.compile("(?iu)^(?:besluitenlijst|actie- en besluitenlijst)\\b"),
            DocKind.motion, CaseFold.compile("(?iu)^motie\\b"),
            DocKind.amendment, CaseFold.compile("(?iu)^(?:sub)?amendement\\b"),
            DocKind.proposal, CaseFold.compile("(?iu)^(?:raads|staten|bestuurs)?voorstel\\b"),
            DocKind.letter, CaseFold.compile("(?iu)^(?:raads|staten|commissie)?informatiebrief\\b"));
    /**
     * A kind's word with only a number or date after it ("Raadsinformatiebrief 2025-017", "Raadsvoorstel nr. 2025-031 van
     * 25 maart 2025", "Motie M 12"): no subject yet.
     */
    private static final Pattern CODE_ONLY = CaseFold.compile("(?iu)^[\\p{L}-]+(?:\\s*[:,–-]?\\s+(?:nr\\.?|nummer|van|d\\.d\\.|"
            + "\\p{Lu}{0,4}[\\s/-]?\\d[\\d./-]*|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}))*\\s*$");
    /**
     * A form's heading that says only to whom it goes ("Voorstel aan het algemeen bestuur", "Raadsvoorstel openbaar"): its
     * subject says what it is.
     */
    private static final Pattern FORM_ADDRESS = CaseFold.compile("(?iu)(?:raads|staten|bestuurs|college)?voorstel"
            + "(?:\\s+(?:aan|voor)\\s+(?:het\\s+|de\\s+)?(?:algemeen\\s+|dagelijks\\s+)?(?:bestuur|raad|gemeenteraad|staten|provinciale\\s+staten|college))?"
            + "(?:\\s+(?:openbaar|besloten|vertrouwelijk))?");
    /** The page count of a running header or footer: a line holding it is the page's furniture, never a title. */
    private static final Pattern PAGE_COUNT = CaseFold.compile("(?iu)\\b(?:pagina|blad|page)\\s+\\d+\\s*(?:van|/|of)\\s*\\d+(?!\\d)");
    /** A title longer than this is a sentence of the text. */
    private static final int KIND_LINE_WORDS = 20;

    /**
     * A title that does not name the paper's kind, or names it with a number only, gives way to a line among the first
     * that does and says more ("ZEVEN POLDERS" above "Verslag van de openbare vergadering van het algemeen bestuur van …";
     * "Raadsinformatiebrief 2025-017" above "Raadsinformatiebrief: stand van zaken renovatie …"): a logo, a letterhead or a
     * running header printed above the title is read first.
     */
    private static String namingItsKind(String title, List<Block> content, DocKind kind, RunningHeader running) {
        Pattern words = KIND_WORDS.get(kind);
        if (words == null || title != null && words.matcher(title).find() && !CODE_ONLY.matcher(title).matches()) {
            return title;
        }
        for (Block b : content.subList(0, Math.min(HEAD, content.size()))) {
            String t = BlockText.normalise(b.text()).strip();
            if (!b.is(BlockType.TABLE) && words.matcher(t).find() && !CODE_ONLY.matcher(t).matches() && !PAGE_COUNT.matcher(t).find()
                    && BlockText.words(t) <= KIND_LINE_WORDS && !t.equalsIgnoreCase(title) && !LETTERHEAD.matcher(t).find() && !BARE_MOTION.matcher(t).matches()
                    && !BARE_KIND_TITLE.matcher(t).matches() && !FORM_ADDRESS.matcher(t).matches() && (title == null || !running.is(b))) {
                return cap(t.replaceFirst("[.:]$", ""));
            }
        }
        return title;
    }

    /**
     * Minutes that open with a sentence naming themselves ("Verslag van de openbare vergadering van het algemeen bestuur
     * van X, gehouden op donderdag 3 juli 2025 in het kantoor te Tiel."): that sentence up to the meeting's date.
     */
    private static Optional<String> meetingRecordSentence(List<Block> content) {
        for (Block b : content.subList(0, Math.min(4, content.size()))) {
            String t = BlockText.normalise(b.text()).strip();
            if (b.is(BlockType.TABLE) || !MEETING_RECORD.matcher(t).lookingAt()) {
                continue;
            }
            List<DutchDates.Found> dates = DutchDates.findAll(t);
            String upToDate = dates.isEmpty() ? t : t.substring(0, dates.get(0).end());
            return BlockText.words(upToDate) <= 30 ? Optional.of(upToDate.replaceFirst("[.\\s]+$", "")) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The document's own title line: the first block when it reads as a title (short, no full stop), else the
     * first unnumbered heading among the first blocks. Generic section names ("Inleiding", "Voorwoord"), header
     * fields, salutations and bare organisation names are not titles; a document without a title gets none.
     */
    private static String titleLine(List<Block> content, RunningHeader running) {
        int skipped = 0; // letterhead lines above the title do not count as the document's first line
        String fallback = null; // a running header, a logo or a number: the title when the page prints no other
        for (int i = 0; i < Math.min(4 + skipped, content.size()); i++) {
            Block b = content.get(i);
            String t = BlockText.normalise(b.text());
            boolean letterhead = !b.is(BlockType.TABLE) && !t.isEmpty() && (LETTERHEAD.matcher(t).find() || bareBodyName(t)
                    || PARLIAMENTARY_HEAD.matcher(t).find() || namesOnly(t));
            boolean above = !b.is(BlockType.TABLE) && !t.isEmpty() && !letterhead && (running.is(b) || logo(t) || numberOnly(t));
            // a running header that names the paper ("Besluitenlijst AB · 25 juni 2025"), not its sender alone
            if (above && fallback == null && titleCandidate(t) && PageFurniture.dashedNumber(t) == null
                    && (PAPER_WORD.matcher(t).find() || t.chars().anyMatch(Character::isDigit))
                    && (b.is(BlockType.HEADING) || skipped == i && BlockText.words(t) <= 20 && !t.endsWith("."))) {
                fallback = t;
            }
            if (skipped == i && (letterhead || above)) {
                skipped++;
                continue;
            }
            if (above || b.is(BlockType.TABLE) || !titleCandidate(t)) {
                continue;
            }
            boolean heading = b.is(BlockType.HEADING) && BlockText.outlineNumber(b) == null;
            boolean firstLine = i == skipped && !b.is(BlockType.LIST_ITEM) && BlockText.words(t) <= 20 && !t.endsWith(".");
            if (firstLine && !heading && (BlockText.words(t) <= SENDER_WORDS && NAME_LIKE.matcher(t).matches() || nameWithMotto(t))
                    && titleHeadingBelow(content, i)) {
                // a sender's name no list knows ("Waterschap Lage Beemden"), or its name and motto, above the title
                // printed as a heading
                continue;
            }
            if (heading || firstLine) {
                if (i + 1 < content.size()) {
                    Block next = content.get(i + 1);
                    String n = BlockText.normalise(next.text());
                    // A title wrapped over two heading lines: the second is only a year or starts lower-case.
                    if (next.is(BlockType.HEADING) && Objects.equals(next.level(), b.level()) && !HeaderFields.isField(n)
                            && (n.matches("\\d{4}") || !n.isEmpty() && Character.isLowerCase(n.codePointAt(0)))) {
                        t = t + " " + n;
                    } else if (t.endsWith("?") && SUBTITLE.matcher(n).lookingAt() && BlockText.words(n) <= 25 && !n.endsWith(".")) {
                        // a report's question for a title and the study it names under it ("Zorgvuldig ingekocht?" over
                        // "Onderzoek naar de inkoop van jeugdhulp"): together they are cited
                        t = t + " " + n;
                    }
                }
                Matcher bare = BARE_KIND_TITLE.matcher(t);
                if (bare.matches() && fallback != null && fallback.toLowerCase(Locale.ROOT).contains(bare.group(1).toLowerCase(Locale.ROOT))) {
                    return fallback; // "Besluitenlijst" under "Besluitenlijst algemeen bestuur · 25 juni 2025": the header says which
                }
                return t;
            }
        }
        return fallback;
    }

    /** The subtitle naming a study: "Onderzoek naar …", "Een evaluatie van …", "Doorwerkingsonderzoek naar …". */
    private static final Pattern SUBTITLE = CaseFold.compile(
            "(?iu)(?:een\\s+)?(?:\\p{L}*onderzoek|evaluatie|verkenning|analyse|rapport)\\s+(?:naar|over|van|betreffende)\\b");

    /** A word that names what a paper is ("JAARVERSLAG 2024", "PROGRAMMABEGROTING"), unlike a logo's letters. */
    private static final Pattern PAPER_WORD = CaseFold.compile("(?iu)agenda|verslag|notulen|besluit|motie|amendement|voorstel|rapport"
            + "|begroting|rekening|brief|advies|nota\\b|notitie|beschikking|memo|onderzoek|plan\\b|programma|verordening|regeling"
            + "|visie|evaluatie|toezegging|overzicht|lijst");

    /**
     * A logo or sender's name in capitals ("ODZV", "REKENKAMERCOMMISSIEHOOGMEERLAND", "VERBRUGGE | LINDHOUT"): a few words
     * without small letters that name no paper.
     */
    private static boolean logo(String t) {
        return BlockText.words(t) <= SENDER_WORDS && t.codePoints().anyMatch(Character::isLetter)
                && t.codePoints().noneMatch(Character::isLowerCase) && !PAPER_WORD.matcher(t).find();
    }

    /** A paper's kind and its number, nothing else: "Rapport RKC 2025-01", "Statenvoorstel PS/2025/041". */
    private static boolean numberOnly(String t) {
        return CODE_ONLY.matcher(t).matches() && t.chars().anyMatch(Character::isDigit);
    }

    /** A name as a letterhead prints one: capitalised words, joined by "van", "de", "en" and the like. */
    private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}[\\p{L}&'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}&'’-]*|van|de|der|den|en|voor|&))*");
    /** The most words of a sender's name printed above a title. */
    private static final int SENDER_WORDS = 6;

    /** How far below a sender's name its paper's title may come: the sender's address and unit lie between. */
    private static final int SENDER_LINES = 4;

    /** One of the few blocks below {@code i} is an unnumbered heading that reads as a title. */
    private static boolean titleHeadingBelow(List<Block> content, int i) {
        for (int k = i; k < Math.min(i + SENDER_LINES, content.size() - 1); k++) {
            if (titleHeadingNext(content, k)) {
                return true;
            }
        }
        return false;
    }

    /** Block {@code i + 1} is an unnumbered heading that reads as a title. */
    private static boolean titleHeadingNext(List<Block> content, int i) {
        if (i + 1 >= content.size()) {
            return false;
        }
        Block next = content.get(i + 1);
        String n = BlockText.normalise(next.text());
        return next.is(BlockType.HEADING) && BlockText.outlineNumber(next) == null && titleCandidate(n) && BlockText.words(n) >= 3;
    }

    /** A letterhead's name and motto: "REKENKAMERCOMMISSIE X onafhankelijk onderzoek voor de gemeenteraad van X". */
    private static boolean nameWithMotto(String line) {
        String named = Organisations.unshouted(line);
        List<String> names = Organisations.mentions(named);
        if (names.isEmpty() || !named.startsWith(names.get(0))) {
            return false;
        }
        String rest = named.substring(names.get(0).length()).strip();
        return !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0));
    }

    /** A letterhead of organisation names only ("Inspectie Gezondheidszorg en Jeugd Ministerie van Volksgezondheid, …"). */
    private static boolean namesOnly(String line) {
        // a letterhead in capitals ("REKENKAMER OOSTERVEEN") is read as the name is written
        String named = Organisations.unshouted(line);
        String rest = named;
        for (String name : Organisations.mentions(named)) {
            rest = rest.replace(name, " ");
        }
        return !rest.equals(named) && rest.codePoints().noneMatch(Character::isLetter);
    }

    /**
     * "Motie: Geef de raad alle stukken.", "Amendement vreemd aan de orde van de dag: …", "Voorstel van het college
     * inzake …": the title line names the document's kind and may end with a full stop. A proposal's title wraps onto
     * a short next line ("… maximale hoogte reserve" / "Activafinanciering").
     */
    private static String labelledTitle(List<Block> content, Pattern label) {
        int n = Math.min(HEAD, content.size());
        for (int i = 0; i < n; i++) {
            Block b = content.get(i);
            String t = BlockText.normalise(b.text());
            if (b.is(BlockType.TABLE) || !label.matcher(t).find() || BlockText.words(t) > 40) {
                continue;
            }
            if (i + 1 < content.size() && !t.endsWith(".") && label == PROPOSAL_TITLE) {
                String next = BlockText.normalise(content.get(i + 1).text());
                // a line ending on "van de" or "tot" is cut mid-phrase, so its continuation may be long
                int most = BlockText.runsOn(t) ? MAX_CONTINUATION : 4;
                if (!content.get(i + 1).is(BlockType.TABLE) && BlockText.words(next) <= most && !next.matches(".*[.:;]$")
                        && !next.isEmpty() && !HeaderFields.isField(next) && !GENERIC_SECTION.matcher(next).matches()) {
                    t = t + " " + next;
                }
            }
            return t.replaceFirst("\\.$", "");
        }
        return null;
    }

    /**
     * A letter's title: a heading above the salutation, or a short subject line opening the letter (as e-mails
     * print their subject); not the addressee's name above an address line.
     */
    private static String headingBeforeSalutation(List<Block> content) {
        List<Block> head = content.subList(0, Math.min(HEAD, content.size()));
        for (int i = 0; i < head.size(); i++) {
            Block b = head.get(i);
            String t = BlockText.normalise(b.text());
            if (Cues.SALUTATION.matcher(t).find()) {
                return null;
            }
            boolean addressee = i + 1 < head.size() && ADDRESS.matcher(BlockText.normalise(head.get(i + 1).text())).find();
            boolean subjectLine = i == 0 && b.is(BlockType.PARAGRAPH) && BlockText.words(t) <= 12
                    && !t.matches(".*[.,;:]$") && !ADDRESS.matcher(t).find() && !addressee
                    // a decision on a request laid out without a letterhead opens with what it is, under a file number
                    || i < 3 && Cues.REQUEST_DECISION.matcher(t).find() && BlockText.words(t) <= 25;
            if ((b.is(BlockType.HEADING) || subjectLine) && titleCandidate(t)) {
                return cap(t);
            }
        }
        return null;
    }

    private static boolean titleCandidate(String t) {
        // a scan's redaction block ("█") or stamp mark titles nothing
        return HeaderFields.hasWord(t) && (!HeaderFields.isField(t) || FIELD_WORD_TITLE.matcher(t).find())
                && !Cues.SALUTATION.matcher(t).find() && !PLACE_DATE.matcher(t).matches()
                && !GENERIC_SECTION.matcher(t).matches() && !Organisations.mentions(t).contains(t)
                && !LETTERHEAD.matcher(t).find() && !bareBodyName(t) && !PAGE_COUNT.matcher(t).find();
    }

    /**
     * Whose body a body's name on its own names: " van Zeeveld", " van de gemeente Zeewijk", " van Veiligheidsregio
     * Zeeveld", or the place alone ("Gemeenteraad Zeewijk").
     */
    private static final Pattern OF_PLACE = CaseFold.compile(
            "^\\s+(?:van\\s+(?:de\\s+)?(?:gemeente\\s+|provincie\\s+)?)?\\p{Lu}[\\p{L}'’-]*(?:[\\s-]+(?:\\p{Lu}[\\p{L}'’-]*|en|aan|op|de|den)){0,4}\\s*$");

    /** "GEMEENTERAAD", "Algemeen bestuur": the name of a body on its own heads the page, it does not title it. */
    private static boolean bareBodyName(String t) {
        Matcher m = BODY.matcher(t);
        // a letterhead wraps a long name: "Ministerie van Binnenlandse Zaken en" / "Koninkrijksrelaties"
        String name = t.replaceFirst("(?iu)\\s+(?:en|van|voor|der|de|het)$", "");
        return m.find() && m.start() == 0 && (t.substring(m.end()).replaceAll("[\\s\\p{P}]", "").isEmpty()
                || OF_PLACE.matcher(t.substring(m.end())).matches())
                || Organisations.mentions(name).stream().anyMatch(o -> o.regionMatches(true, 0, name, 0, name.length()));
    }

    private static String cap(String title) {
        String t = BlockText.normalise(title);
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1) + "…";
    }

    /** The first letter in capitals: "gemeenteraad" → "Gemeenteraad". */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A title that the letterhead's name runs into ("Veiligheidsregio Kempenland Voorstel aan het algemeen bestuur: …")
     * without that name; the organisation is a field of its own.
     */
    static String withoutOrganisation(String title, String organisation) {
        if (title == null || organisation == null || !title.regionMatches(true, 0, organisation + " ", 0, organisation.length() + 1)) {
            return title;
        }
        String rest = title.substring(organisation.length() + 1).strip();
        return rest.split(" ").length >= 2 && Character.isUpperCase(rest.charAt(0)) ? rest : title;
    }

    /**
     * A title that a line of the page's margin runs into ("Betreft: besluit op Woo-verzoek 22-0625 directie Strategie
     * divisie Juridische zaken", the sender's unit printed beside it on every page) without that line: it ends with the
     * whole text of a block on a later page.
     */
    static String withoutRepeatedTail(String title, List<Block> content) {
        if (title == null) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        String tail = null;
        int titlePage = content.isEmpty() ? 0 : content.get(0).page();
        for (Block b : content) {
            if (b.page() <= titlePage) {
                continue; // a line of the title's own page may be what the title is made of ("Onderwerp" / "Huisvesting …")
            }
            String t = BlockText.normalise(b.text()).toLowerCase(Locale.ROOT);
            int words = BlockText.words(t);
            if (words >= 2 && words <= MARGIN_WORDS && lower.endsWith(" " + t) && lower.length() - t.length() > MIN_TITLE
                    && (tail == null || t.length() > tail.length())) {
                tail = t;
            }
        }
        if (tail == null) {
            return title;
        }
        String rest = title.substring(0, title.length() - tail.length()).strip();
        // "Voorstel van het college inzake" + a running header that repeats the subject: the subject is the title's own
        return DANGLING.matcher(rest).find() ? title : capitalise(rest);
    }

    // ---- organisation and body ----

    /**
     * Issuer: the signature (letters), the letterhead or title zone, the header's own web address, a signature, else
     * the most mentioned organisation.
     */
    private static List<String> firstPage(List<Block> content) {
        return content.isEmpty() ? List.of() : texts(content.stream().filter(b -> b.page() == content.get(0).page()).toList());
    }

    private static String organisation(List<Block> content, List<String> head, String all, DocKind kind, String body) {
        List<String> mentions = Organisations.mentions(all);
        // tables count here: a header laid out as one ("Raad | Datum en tijd | Locatie | https://…") prints the address
        List<String> headRows = content.subList(0, Math.min(HEAD, content.size())).stream()
                .flatMap(b -> Arrays.stream(b.text().split("\n"))).map(BlockText::normalise).toList();
        Optional<String> site = OwnWebsite.organisation(headRows);
        // A letter is issued by who signs it (its first lines may be the addressee); other documents name
        // their issuer in the title lines.
        Optional<String> signed = signatureOrganisation(content);
        if (signed.isPresent() && kind == DocKind.letter) {
            return Organisations.expand(signed.get(), mentions);
        }
        for (int i = 0; i < Math.min(4, head.size()); i++) {
            // a letterhead wraps a long name: "Ministerie van Binnenlandse Zaken en" / "Koninkrijksrelaties",
            // "Ministerie van Onderwijs," / "Cultuur en Wetenschap"
            String line = i + 1 < head.size() && (WRAPPED_NAME.matcher(head.get(i)).find()
                    || head.get(i).endsWith(",") && NAME_LIST_END.matcher(head.get(i + 1)).matches())
                    ? head.get(i) + " " + head.get(i + 1) : head.get(i);
            String unshouted = Organisations.unshouted(line); // also a letterhead in capitals
            List<String> named = Organisations.mentions(unshouted);
            boolean addressee = i + 1 < head.size() && ADDRESS.matcher(head.get(i + 1)).find()
                    || i > 0 && ADDRESS.matcher(head.get(i - 1)).find();
            // a council the line names after the issuer's own name is whom it reports to ("Rekenkamercommissie X,
            // onafhankelijk onderzoek voor de gemeenteraad van X")
            boolean opensWithName = !named.isEmpty() && unshouted.startsWith(named.get(0));
            Optional<String> council = CouncilOpening.councilNamed(head.get(i));
            if (council.isPresent() && !(opensWithName && !addressee)) {
                return council.get();
            }
            if (!named.isEmpty() && !addressee) {
                return Organisations.expand(named.get(0), mentions);
            }
        }
        // the header's own web address before a signature: "voorzitter" or "secretaris" also heads a list of
        // decisions whose rows name other bodies
        if (site.isPresent()) {
            return site.get();
        }
        if (signed.isPresent()) {
            return Organisations.expand(signed.get(), mentions);
        }
        if (BOARD_KINDS.contains(kind)) {
            // Board paperwork is issued by the organisation whose board meets, which others merely get mentioned in;
            // a consultation between organisations names them only in its attendance line
            return Organisations.mostFrequent(mentions.stream().filter(Organisations::hasBoards).toList())
                    .or(() -> Attendance.organisation(headRows)).or(() -> councilNamedAnywhere(content)).orElse(null);
        }
        // a letter signed by a minister is the ministry's, also where a municipality or water board it is about is named
        // most (a Woo decision on a water board's documents); an agency named most issues in the minister's name
        Optional<String> minister = kind == DocKind.letter && body != null ? Organisations.fromSignature(body) : Optional.empty();
        Optional<String> most = Organisations.mostFrequent(mentions);
        if (minister.isPresent() && (most.isEmpty() || Organisations.hasBoards(most.get()))) {
            return minister.get();
        }
        return most.or(() -> councilNamedAnywhere(content)).or(() -> minister).orElse(null);
    }

    /**
     * A council or college named anywhere ("Burgemeester en wethouders van X," under a proposal, "De raad van de
     * gemeente X;" opening its decision): the municipality or province when nothing names the issuer better.
     */
    private static Optional<String> councilNamedAnywhere(List<Block> content) {
        for (Block b : content) {
            if (b.is(BlockType.TABLE)) {
                continue; // a budget line "Gemeenteraad" names a cost centre, not the issuer
            }
            Optional<String> council = CouncilOpening.councilNamed(BlockText.normalise(b.text()));
            if (council.isPresent()) {
                return council;
            }
        }
        return Optional.empty();
    }

    /** The organisation named after a sign-off in the last blocks ("Hoogachtend, … Inspectie X"). */
    private static Optional<String> signatureOrganisation(List<Block> content) {
        return signatureOrganisation(content, Math.max(0, content.size() - SIGNATURE), SIGN_OFF)
                // annexes after the letter (an inventory, the articles of law) push its sign-off up
                .or(() -> signatureOrganisation(content, 0, Cues.CLOSING))
                .or(() -> signingWithoutClosing(content));
    }

    /** A signature line without a closing formula above it: "Algemene Rekenkamer drs. A.P. Visser, president". */
    private static Optional<String> signingWithoutClosing(List<Block> content) {
        for (int i = content.size() - 1; i >= Math.max(0, content.size() - SIGNATURE); i--) {
            if (!content.get(i).is(BlockType.TABLE)) {
                Optional<String> org = Organisations.signingBefore(BlockText.normalise(content.get(i).text()));
                if (org.isPresent()) {
                    return org;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> signatureOrganisation(List<Block> content, int from, Pattern signOff) {
        for (int i = from; i < content.size(); i++) {
            String text = BlockText.normalise(content.get(i).text());
            // "Geachte voorzitter," opens a short letter's last lines; it names whom the letter is for, not who signs
            if (!signOff.matcher(text).find() || Cues.SALUTATION.matcher(text).find()) {
                continue;
            }
            for (int j = i; j < Math.min(content.size(), i + 6); j++) {
                if (content.get(j).is(BlockType.TABLE)) {
                    continue; // a table's rows name the organisations it lists ("Provincie Zeeland | 2.010")
                }
                String line = BlockText.normalise(content.get(j).text());
                // "Burgemeester en wethouders van Leusden," / "Gedeputeerde Staten van Overijssel," sign for their body
                // an accountant's management letter signs with the firm ("Accountants & Adviseurs X drs. Y RA")
                Optional<String> org = Organisations.fromSignature(line).or(() -> CouncilOpening.councilNamed(line))
                        .or(() -> Organisations.firm(line));
                if (org.isPresent()) {
                    return org;
                }
            }
        }
        return Optional.empty();
    }

    private static String body(Map<String, String> fields, List<String> head, List<String> headCells, DocKind kind) {
        for (String label : List.of("vergadering", "van", "aan", "overleg")) {
            String value = fields.get(label);
            if (value != null) {
                List<String> bodies = bodies(value);
                if (!bodies.isEmpty()) {
                    // "overleg MT – dagelijks bestuur – algemeen bestuur": the last body decides.
                    return bodies.get(bodies.size() - 1);
                }
            }
        }
        for (String line : head.subList(0, Math.min(6, head.size()))) {
            Matcher overleg = OVERLEG_TITLE.matcher(line);
            if (overleg.find()) {
                return capitalise(overleg.group("body")); // before the bodies its sentences mention
            }
        }
        for (String line : head.subList(0, Math.min(kind == DocKind.letter ? HEAD : 6, head.size()))) {
            // "De raad van de gemeente Meppel; gelezen het voorstel van het college …": the council decides, not
            // the college whose proposal it read
            Optional<String> opening = CouncilOpening.body(line);
            if (opening.isPresent()) {
                return opening.get();
            }
            List<String> bodies = bodies(line);
            if (!bodies.isEmpty()) {
                return bodies.get(0);
            }
        }
        for (String line : head) {
            if (kind == DocKind.proposal && COUNCIL_PROPOSAL.matcher(line).find()) {
                return "Gemeenteraad";
            }
            if (kind == DocKind.proposal && STATES_PROPOSAL.matcher(line).find()) {
                return "Provinciale staten";
            }
        }
        for (String line : headCells) {
            Optional<String> alone = bodyAlone(line);
            if (alone.isPresent()) {
                return alone.get();
            }
        }
        for (String line : head) {
            Optional<String> alone = bodyAlone(line);
            if (alone.isPresent()) {
                return alone.get();
            }
        }
        return null;
    }

    /** A short line or cell that is a body's name ("Raad", "Tweede Kamer der Staten-Generaal"), not a sentence mentioning one. */
    private static Optional<String> bodyAlone(String line) {
        String t = line.strip();
        if (BARE_COUNCIL.matcher(t).matches()) {
            return Optional.of("Gemeenteraad");
        }
        if (t.split("\\s+").length > 6) {
            return Optional.empty();
        }
        Matcher m = BODY.matcher(t);
        if (m.lookingAt()) {
            return Optional.of(capitalise(m.group(1).toLowerCase(Locale.ROOT)));
        }
        Matcher chamber = CHAMBER.matcher(t);
        return chamber.lookingAt() ? Optional.of(capitalise(chamber.group(1).toLowerCase(Locale.ROOT)) + " Kamer") : Optional.empty();
    }

    /**
     * The cells of the head's tables: a letterhead grid names the body in a cell of its own ("Raad | Datum en tijd …",
     * "Tweede Kamer der Staten-Generaal | 2"), where an attendance table's sentences only mention bodies.
     */
    private static List<String> headCells(List<Block> headBlocks) {
        List<String> out = new ArrayList<>();
        for (Block b : headBlocks) {
            if (b.is(BlockType.TABLE)) {
                b.table().rows().forEach(row -> row.forEach(cell -> out.add(BlockText.normalise(cell.text()))));
            }
        }
        return out;
    }

    private static List<String> bodies(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BODY.matcher(text);
        while (m.find()) {
            String b = m.group(1).toLowerCase(Locale.ROOT);
            out.add(capitalise(b.replace("b&w", "B&W")));
        }
        return out;
    }

    // ---- dates ----

    private static Optional<LocalDate> firstDate(String value, Integer year) {
        if (value == null) {
            return Optional.empty();
        }
        return DutchDates.findAll(value, year).stream()
                .filter(f -> f.precision() == DutchDates.Precision.DAY).map(DutchDates.Found::date).findFirst();
    }

    /** The last date of "26 augustus – 4 september – 24 september 2025": the final meeting in the route. */
    private static Optional<LocalDate> lastDate(String value, Integer year) {
        if (value == null) {
            return Optional.empty();
        }
        List<DutchDates.Found> found = DutchDates.findAll(value, year);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).date());
    }

    /**
     * The year to complete "24 september" in a header with: the year most full dates in the text carry, else the
     * year the text mentions most ("begroting 2025", "in 2025").
     */
    private static Integer commonYear(String text) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        for (DutchDates.Found f : DutchDates.findAll(text)) {
            if (f.precision() == DutchDates.Precision.DAY) {
                years.merge(f.date().getYear(), 1, Integer::sum);
            }
        }
        if (years.isEmpty()) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                years.merge(Integer.parseInt(m.group()), 1, Integer::sum);
            }
        }
        return years.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().filter(b -> !b.is(BlockType.TABLE)).map(b -> BlockText.normalise(b.text())).toList();
    }
}
