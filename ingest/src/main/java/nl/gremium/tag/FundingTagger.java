package nl.gremium.tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.DocKind;
import nl.gremium.model.FundingFact;
import nl.gremium.model.FundingKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Table;
import nl.gremium.tables.TableAnalyzer;

/**
 * Derives funding facts (organisation, year, regulation stream, component, value, kind) from amount tables
 * and letter text.
 *
 * <p>Tables: only a euro table (see {@link TableAnalyzer#isEuro}) whose rows are recipients gives facts: its
 * label column is headed by a recipient ("Veiligheidsregio", "Gemeente", "Ontvanger", …) or its labels name
 * organisations ("Gemeente Deventer"); the programme lines of a budget or annual accounts ("Brandweerzorg")
 * are not organisations. One fact per body row and value column; the year from the column header or else the
 * caption. The stream is the regulation named in caption or title ("BDuR"), else the caption's subject; the
 * column header ("Raming", "Correctie", "Bijdrage na correctie") is the fact's component, a drill-down of that
 * one stream. Row-number columns ("Nr."), totals rows and "-" cells give no fact. Text: an amount from the
 * running text gives a fact only when its sentence names one organisation and one year (else the one year of the
 * title, else the document's date) and speaks of funding
 * (bijdrage, uitkering, subsidie, …); a signed amount or one introduced as a correction is the correction, a
 * sentence about the amount after correction gives the definitive one.
 */
public final class FundingTagger implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        draft.funding.addAll(extract(view.doc, draft.amounts));
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(19[5-9]\\d|20\\d\\d)(?![\\d.,]\\d)");
    private static final Pattern ROW_NUMBER_HEADER = Pattern.compile("(?i)^(nr|no|nummer|volgnr|#)\\.?$");
    /** A label column's header naming recipients: its rows are organisations. */
    private static final Pattern RECIPIENT_HEADER = Pattern.compile(
            "(?i)^(veiligheids)?regio('?s)?|^(organisatie|gemeente|provincie|instelling|ontvanger|waterschap|deelnemer"
                    + "|begunstigde|gemeenschappelijke\\s+regeling|aanvrager)(s|n)?\\b.*");
    private static final Pattern CORRECTION = Pattern.compile("(?i)correctie|nacalculatie|bijstelling|korting|terugvordering|mutatie|verschil");
    /** The settled amount: after correction, final determination. */
    private static final Pattern DEFINITIVE = Pattern.compile(
            "(?i)\\bna\\s+(de\\s+)?(correctie|bijstelling|nacalculatie)|gecorrigeerd|definitie(f|ve)|vastgesteld|vaststelling"
                    + "|\\bstel(?:t|len)?\\b[^.;]{0,60}\\bvast\\b"); // "Gedeputeerde Staten stellen de subsidie vast op …", "Ik stel … vast"
    /** Words right before a text amount that make it the change, not the total ("een correctie van € 24.526"). */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)(correctie|verhoging|verlaging|bijstelling|nacalculatie|mutatie"
                    + "|(verhoogd|verlaagd|bijgesteld|gecorrigeerd)\\s+met"
                    // "stijgt met", "daalt in 2026 met", "neemt toe met": a change of the amount, its year between
                    + "|\\b(stijgt|stijgen|daalt|dalen|neemt\\s+(?:[^,.;€]{0,20}\\s)?(?:toe|af))\\b[^,.;€]{0,20}?\\s+met)"
                    + "\\s+(van\\s+)?(in\\s+totaal\\s+)?(\\+|-|−)?\\s*(€|(?i:eur|euro))?\\s*$");
    private static final Pattern FORECAST = Pattern.compile("(?i)raming|prognose|meerjari|indicatie|indicatief|\\bverwacht");
    /** A change that lowers the amount ("een verlaging van", "daalt in 2026 met"): the correction is negative. */
    private static final Pattern DECREASE = Pattern.compile("(?i)\\b(verlaging|verlaagd|daalt|dalen|af|lager|korting)\\b");
    /** Where a caption's subject ends: its breakdown ("per regio"), a note or clause run into it. */
    private static final Pattern SUBJECT_END = Pattern.compile("(?i)\\s(per|naar|verdeeld)\\s|[,.;(]");
    /** A scheme's name as a word of its own (not inside "BDuR-bijdrage"). */
    private static final Pattern SCHEME_NAME = Pattern.compile(
            "(?i)(?<![\\p{L}-])(BDuR|brede\\s+doeluitkering\\s+rampenbestrijding)(?![\\p{L}-])");
    private static final Pattern CURRENCY = Pattern.compile(
            "(?i)\\(\\s*(x\\s*)?(€|eur|euro)\\s*[\\d.]*\\s*\\)|(x\\s*)?€\\s*1\\.000(\\.000)?|€|\\bin\\s+euro('?s)?\\b");
    /** Funding schemes of Dutch public bodies, as they are named in letters and annexes. */
    private static final Map<Pattern, String> SCHEMES = new LinkedHashMap<>();

    static {
        SCHEMES.put(Pattern.compile("(?i)\\bBDuR\\b|brede\\s+doeluitkering\\s+rampenbestrijding"), "BDuR");
        SCHEMES.put(Pattern.compile("(?i)gemeentefonds"), "Gemeentefonds");
        SCHEMES.put(Pattern.compile("(?i)provinciefonds"), "Provinciefonds");
        SCHEMES.put(Pattern.compile("(?i)\\bSPUK\\b|specifieke\\s+uitkering"), "SPUK");
        SCHEMES.put(Pattern.compile("(?i)decentralisatie-?uitkering"), "Decentralisatie-uitkering");
    }

    /** Words that make a sentence's amount money given to someone (not a balance, a cost or a price). */
    private static final Pattern FUNDING_WORDS = Pattern.compile(
            "(?i)\\b(bijdrage|uitkering|doeluitkering|toegekend|toekenning|subsidie|budget|middelen|korting|vergoeding"
                    + "|financiering|gefinancierd|ontvangt|ontvangen|krijgt)\\w*");
    private static final Set<String> FUNDING_VERBS = Set.of("toegekend", "gefinancierd", "ontvangt", "ontvangen", "krijgt");

    /**
     * Words that mark a figure as a newer version of the same thing ("Bijgestelde raming" revises "Raming"):
     * dropped from the stream name so a later letter's figure is a revision of the earlier one, not a new stream.
     */
    private static final Pattern REVISED = Pattern.compile(
            "(?i)\\b(?:bijgestelde|herziene|geactualiseerde|actuele|definitieve|nieuwe|oorspronkelijke|voorlopige)\\b");
    /**
     * A sentence that names no organisation but speaks to the letter's addressee ("Ik verleen u …", "uw bijdrage") or
     * grants or settles in the sender's voice ("stellen de subsidie vast op …"); "de uitkering voor alle gemeenten" is
     * not the addressee's.
     */
    private static final Pattern TO_ADDRESSEE = Pattern.compile(
            "(?i)\\b(?:u|uw|verleen\\w*|verleend|toegekend|ken(?:nen)?\\b[^.;]{0,80}\\btoe|stel(?:t|len)?\\b[^.;]{0,80}\\bvast"
                    + "|vastgesteld|ontvangt)\\b");
    /** The sender receiving: "De gemeente ontvangt …", "Wij ontvangen van de provincie …", "krijgen wij …". */
    private static final Pattern OWN_RECEIPT = Pattern.compile(
            "(?i)\\b(?:de|onze)\\s+(?:gemeente|provincie|regio|veiligheidsregio|organisatie)\\s+(?:ontvangt|krijgt)\\b"
                    + "|\\b(?:wij|we)\\s+(?:ontvangen|krijgen)\\b|\\b(?:ontvangen|krijgen)\\s+(?:wij|we)\\b");
    /** A part of the grant paid at a time ("in vier termijnen van € 103.075", "een voorschot van"), not a grant of its own. */
    private static final Pattern PART_BEFORE = Pattern.compile(
            "(?i)\\b(?:termijnen?|voorschot(?:ten)?|tranches?|deelbetalingen?)\\s+van\\s+(?:elk\\s+|ieder\\s+)?(?:€|eur|euro)?\\s*$");
    private static final Pattern PART_AFTER = Pattern.compile("(?i)^\\s*per\\s+(?:termijn|maand|kwartaal|tranche)\\b");
    /**
     * The funds from which a municipality or province receives its own general grant: a council's letter about the
     * gemeentefonds speaks of its own municipality's payment, also where no sentence names it.
     */
    private static final Map<String, String> OWN_FUNDS = Map.of("Gemeentefonds", "gemeente", "Decentralisatie-uitkering",
            "gemeente", "Provinciefonds", "provincie");

    public List<FundingFact> extract(LogicalDocument doc, List<Amount> amounts) {
        List<FundingFact> facts = new ArrayList<>();
        for (Table t : doc.tables()) {
            if (t.euro()) {
                facts.addAll(fromTable(doc, t, facts.size()));
            }
        }
        for (Amount a : amounts) {
            if (a.tableId() == null) {
                fromText(doc, a, facts.size()).ifPresent(facts::add);
            }
        }
        return facts;
    }

    private List<FundingFact> fromTable(LogicalDocument doc, Table t, int already) {
        List<FundingFact> out = new ArrayList<>();
        int labelColumn = labelColumn(t);
        if (labelColumn < 0) {
            return fromYearRows(doc, t, already);
        }
        String caption = t.caption() == null ? "" : t.caption();
        String title = doc.title() == null ? "" : doc.title();
        String scheme = scheme(caption + " " + title);
        String subject = subject(caption);
        int referenceYear = referenceYear(doc, caption + " " + title);
        List<Integer> captionYears = years(subjectPart(caption));
        if (captionYears.isEmpty()) {
            captionYears = years(caption);
        }
        if (captionYears.isEmpty()) {
            captionYears = years(TableAnalyzer.headerText(t)); // "Begroting 2024 | Realisatie 2024 | Verschil"
        }
        BigDecimal scale = TableAnalyzer.euroScale(t);
        int columns = t.columnCount();
        for (int c = 0; c < columns; c++) {
            if (c == labelColumn || isRowNumberColumn(t, c)) {
                continue;
            }
            String header = columnHeader(t, c);
            List<Integer> headerYears = years(header);
            Integer year = headerYears.size() == 1 ? headerYears.get(0)
                    : captionYears.size() == 1 ? captionYears.get(0) : null;
            if (year == null) {
                continue;
            }
            String purpose = purpose(header, subject);
            String stream = scheme != null ? scheme : !subject.isEmpty() ? capitalised(subject) : purpose;
            String component = purpose.isEmpty() || purpose.equalsIgnoreCase(stream) ? null : purpose;
            FundingKind kind = kind(columnKindText(header, subject), year, referenceYear);
            for (int r = t.headerRows(); r < t.rowCount(); r++) {
                if (t.totalsRow() != null && t.totalsRow() == r) {
                    continue;
                }
                List<Cell> row = t.rows().get(r);
                String organisation = c < row.size() && labelColumn < row.size() ? bareName(clean(row.get(labelColumn).text())) : "";
                BigDecimal value = c < row.size() ? row.get(c).number() : null;
                if (organisation.isEmpty() || value == null) {
                    continue;
                }
                out.add(new FundingFact(doc.id() + "#f" + (already + out.size() + 1), organisation, year, stream,
                        value.multiply(scale), kind, doc.id(), doc.title(), docDate(doc), t.id(), t.page(), component));
            }
        }
        return out;
    }

    /**
     * A grant letter's split of its grant over the years ("Jaar | Bedrag": 2026 € 60.000, 2027 € 36.000): the rows are
     * years, and whom they go to is whom the paragraph before the table grants to ("Wij hebben besloten u een subsidie te
     * verlenen …": the addressee). One fact per year, an allocation however far ahead, for the letter grants it.
     */
    private List<FundingFact> fromYearRows(LogicalDocument doc, Table t, int already) {
        int yearColumn = yearColumn(t);
        String before = textBefore(doc, t);
        Matcher funding = FUNDING_WORDS.matcher(before);
        if (yearColumn < 0 || doc.kind() != DocKind.letter || !funding.find()) {
            return List.of();
        }
        String title = doc.title() == null ? "" : doc.title();
        String scheme = scheme(before, title);
        Optional<String> recipient = recipient(doc, before, scheme);
        if (recipient.isEmpty()) {
            return List.of();
        }
        String stream = scheme != null ? scheme : fundingNoun(funding);
        BigDecimal scale = TableAnalyzer.euroScale(t);
        List<FundingFact> out = new ArrayList<>();
        for (int r = t.headerRows(); r < t.rowCount(); r++) {
            List<Cell> row = t.rows().get(r);
            if (t.totalsRow() != null && t.totalsRow() == r || yearColumn >= row.size() || row.get(yearColumn).text().isBlank()) {
                continue; // a total, or a line of remarks under a year
            }
            for (int c = 0; c < row.size(); c++) {
                BigDecimal value = row.get(c).number();
                if (c != yearColumn && value != null) {
                    int year = Integer.parseInt(row.get(yearColumn).text().strip());
                    out.add(new FundingFact(doc.id() + "#f" + (already + out.size() + 1), recipient.get(), year,
                            stream.isEmpty() ? null : stream, value.multiply(scale),
                            kind(columnKindText(columnHeader(t, c), ""), year, Integer.MAX_VALUE), doc.id(), doc.title(),
                            docDate(doc), t.id(), t.rowPage(r), null));
                    break; // the year's amount; further columns are remarks or cumulative totals
                }
            }
        }
        return out;
    }

    /** A column whose body cells are all years ("2026", "2027"), or -1. */
    private static int yearColumn(Table t) {
        for (int c = 0; c < t.columnCount(); c++) {
            final int col = c;
            List<String> cells = t.body().stream().filter(r -> col < r.size() && !r.get(col).text().isBlank())
                    .map(r -> r.get(col).text().strip()).toList();
            if (cells.size() >= 2 && cells.stream().allMatch(x -> YEAR.matcher(x).matches())) {
                return c;
            }
        }
        return -1;
    }

    /** The text of the block right before the table: the sentence that says what the table splits. */
    private static String textBefore(LogicalDocument doc, Table t) {
        List<Block> blocks = doc.blocks();
        for (int b = 1; b < blocks.size(); b++) {
            if (blocks.get(b).table() != null && t.id().equals(blocks.get(b).table().id())) {
                String text = blocks.get(b - 1).text();
                return text == null ? "" : text;
            }
        }
        return "";
    }

    private Optional<FundingFact> fromText(LogicalDocument doc, Amount a, int already) {
        String sentence = a.text() == null ? "" : a.text();
        List<String> organisations = new ArrayList<>();
        Matcher m = NamedOrganisation.PATTERN.matcher(sentence);
        while (m.find()) {
            // the bare name, as the rows of amount tables list regions and municipalities, so that a letter's
            // sentence and its annex land in the same funding history
            String name = m.group("name");
            if (!organisations.contains(name)) {
                organisations.add(name);
            }
        }
        String title = doc.title() == null ? "" : doc.title();
        if (organisations.isEmpty()) {
            // a sentence naming no one speaks of the addressee ("U ontvangt …", "stellen de subsidie vast op …"),
            // or, in a municipality's or province's own letter, of its own grant from its fund
            recipient(doc, sentence, scheme(sentence, title)).ifPresent(organisations::add);
        }
        // a grant letter names its year in its subject ("Beschikking … 2026") or dates it, not in every sentence
        List<Integer> sentenceYears = years(sentence);
        List<Integer> titleYears = years(title);
        Integer year = a.year() != null ? a.year() : sentenceYears.size() == 1 ? sentenceYears.get(0)
                : !sentenceYears.isEmpty() ? null : titleYears.size() == 1 ? titleYears.get(0)
                : titleYears.isEmpty() && docDate(doc) != null ? Integer.valueOf(docDate(doc).getYear()) : null;
        Matcher funding = FUNDING_WORDS.matcher(sentence);
        if (organisations.size() != 1 || year == null || a.value() == null || !funding.find() || part(sentence, a)) {
            return Optional.empty();
        }
        String scheme = scheme(sentence, title);
        String purpose = a.purpose() != null ? a.purpose() : scheme == null ? fundingNoun(funding) : "";
        String stream = scheme != null ? scheme : purpose;
        FundingKind kind = textKind(sentence, a, year, referenceYear(doc, title));
        BigDecimal value = kind == FundingKind.correction && a.value().signum() > 0 && decrease(sentence, a) ? a.value().negate()
                : a.value();
        return Optional.of(new FundingFact(doc.id() + "#f" + (already + 1), organisations.get(0), year,
                stream.isEmpty() ? null : stream, value, kind, doc.id(), doc.title(), docDate(doc), null, a.page()));
    }

    /**
     * The first funding noun of the sentence ("bijdrage", "subsidie"), which names what is paid when no scheme does; a verb
     * ("ontvangt", "toegekend") names nothing, so the fact then has no stream rather than a stream called "ontvangt".
     */
    private static String fundingNoun(Matcher funding) {
        do {
            String word = funding.group(1).toLowerCase(Locale.ROOT);
            if (!FUNDING_VERBS.contains(word)) {
                return word;
            }
        } while (funding.find());
        return "";
    }

    /**
     * Whom a funding sentence naming no organisation is about: the sender's own municipality, province or region when
     * the sentence says it receives ({@link #OWN_RECEIPT}); in a letter, the organisation its address names when the
     * sentence speaks to it ({@link #TO_ADDRESSEE}); else, for a fund that pays a body its own general grant, the document's own
     * municipality or province.
     */
    private static Optional<String> recipient(LogicalDocument doc, String sentence, String scheme) {
        String own = doc.metadata() == null ? null : doc.metadata().organisation();
        if (own != null && OWN_RECEIPT.matcher(sentence).find()) {
            Matcher named = NamedOrganisation.PATTERN.matcher(own);
            if (named.matches()) { // a ministry's "de gemeente ontvangt" speaks of the addressee, read below
                return Optional.of(named.group("name"));
            }
        }
        if (doc.kind() == DocKind.letter && TO_ADDRESSEE.matcher(sentence).find()) {
            Optional<String> addressee = AddressBlock.addressee(doc.blocks(), own);
            if (addressee.isPresent()) {
                return NamedOrganisation.first(addressee.get());
            }
        }
        String kind = scheme == null ? null : OWN_FUNDS.get(scheme);
        if (own != null && kind != null) {
            Matcher named = NamedOrganisation.PATTERN.matcher(own);
            if (named.matches() && named.group("kind").equalsIgnoreCase(kind)) {
                return Optional.of(named.group("name"));
            }
        }
        return Optional.empty();
    }

    /** "Provincie Drenthe" as "Drenthe", the bare name a sentence's fact carries, so both land in one history. */
    private static String bareName(String label) {
        Matcher named = NamedOrganisation.PATTERN.matcher(label);
        return named.matches() ? named.group("name") : label;
    }

    /** {@link #PART_BEFORE}, {@link #PART_AFTER}: an instalment or advance of the grant. */
    private static boolean part(String sentence, Amount a) {
        String raw = a.raw() == null ? "" : a.raw().strip();
        int at = raw.isEmpty() ? -1 : sentence.indexOf(raw);
        return at >= 0 && (PART_BEFORE.matcher(sentence.substring(Math.max(0, at - 40), at)).find()
                || PART_AFTER.matcher(sentence.substring(at + raw.length())).find());
    }

    /** The amount is a decrease: a lowering word in the words right before it, or "daalt … met" in its clause. */
    private static boolean decrease(String sentence, Amount a) {
        String raw = a.raw() == null ? "" : a.raw().strip();
        int at = raw.isEmpty() ? -1 : sentence.indexOf(raw);
        return at >= 0 && DECREASE.matcher(sentence.substring(Math.max(0, at - 40), at)).find();
    }

    /**
     * The column holding the recipients: headed "Veiligheidsregio"/"Gemeente"/…, else the first text column
     * when most of its labels name an organisation ("Gemeente Deventer"); -1 when the rows are not recipients
     * (programme lines, cost items).
     */
    static int labelColumn(Table t) {
        for (int c = 0; c < t.columnCount(); c++) {
            if (RECIPIENT_HEADER.matcher(columnHeader(t, c).strip()).matches()) {
                return c;
            }
        }
        for (int c = 0; c < t.columnCount(); c++) {
            final int col = c;
            List<String> labels = t.body().stream().filter(r -> col < r.size() && !r.get(col).text().isBlank()
                    && r.get(col).number() == null && !r.get(col).text().strip().equals("-"))
                    .map(r -> r.get(col).text().strip()).toList();
            if (labels.size() * 2 > t.body().size()) {
                long named = labels.stream().filter(l -> NamedOrganisation.PATTERN.matcher(l).lookingAt()).count();
                return named * 2 > labels.size() ? c : -1;
            }
        }
        return -1;
    }

    /** Headed "Nr." or holding 1, 2, 3, … down the body. */
    static boolean isRowNumberColumn(Table t, int c) {
        if (ROW_NUMBER_HEADER.matcher(columnHeader(t, c).strip()).matches()) {
            return true;
        }
        int expected = 1;
        int seen = 0;
        for (List<Cell> r : t.body()) {
            BigDecimal v = c < r.size() ? r.get(c).number() : null;
            if (v == null) {
                continue;
            }
            if (v.compareTo(BigDecimal.valueOf(expected)) != 0) {
                return false;
            }
            expected++;
            seen++;
        }
        return seen >= 3;
    }

    static String columnHeader(Table t, int c) {
        StringBuilder sb = new StringBuilder();
        for (List<Cell> r : t.header()) {
            if (c < r.size() && !r.get(c).text().isBlank()) {
                sb.append(sb.length() > 0 ? " " : "").append(r.get(c).text().strip());
            }
        }
        return sb.toString();
    }

    /** The scheme the sentence names, else the one of the title ("Meicirculaire gemeentefonds" over a decentralisatie-uitkering). */
    private static String scheme(String sentence, String title) {
        String named = scheme(sentence);
        return named != null ? named : scheme(title);
    }

    private static String scheme(String text) {
        for (Map.Entry<Pattern, String> e : SCHEMES.entrySet()) {
            if (e.getKey().matcher(text).find()) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * What the caption says the table is about, short enough to name a stream: after "Bijlage 1 bij …:",
     * before the breakdown ("… per veiligheidsregio") and any note run into the caption, without years and
     * without the scheme's own name ("Raming BDuR 2026–2029 per regio" → "Raming").
     */
    static String subject(String caption) {
        String s = YEAR.matcher(subjectPart(caption)).replaceAll(" ");
        Matcher cut = SUBJECT_END.matcher(s);
        String head = cut.find() ? s.substring(0, cut.start()) : s;
        String withoutScheme = SCHEME_NAME.matcher(head).replaceAll(" ");
        String out = clean(withoutScheme.replaceAll("\\s[–-]\\s", " "));
        return out.isEmpty() ? clean(head) : out;
    }

    /** After the last colon ("Bijlage 2 bij de junibrief 2025: bijdrage 2026" → "bijdrage 2026"). */
    private static String subjectPart(String caption) {
        return caption.contains(":") ? caption.substring(caption.lastIndexOf(':') + 1) : caption;
    }

    /**
     * The column header without its years and currency marks ("Bijdrage 2025 (€)" → "Bijdrage"); the
     * caption subject when the header is only a year, with it when only a footnote mark ("1)").
     */
    static String purpose(String header, String subject) {
        String h = clean(REVISED.matcher(CURRENCY.matcher(YEAR.matcher(header).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" "));
        String about = clean(REVISED.matcher(subject).replaceAll(" "));
        if (!about.isEmpty() && !about.equals(subject)) {   // "Bijgestelde raming" → "Raming", as first printed
            subject = about.substring(0, 1).toUpperCase(Locale.ROOT) + about.substring(1);
        }
        if (h.isEmpty()) {
            return subject;
        }
        String capitalised = h.substring(0, 1).toUpperCase(Locale.ROOT) + h.substring(1);
        return h.matches("[\\d()*]+") && !subject.isEmpty() ? subject + " " + h : capitalised;
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("^[\\s:;,–-]+|[\\s:;,–-]+$", "").strip();
    }

    static List<Integer> years(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (!out.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }

    /** The year the document speaks from: its date, else the earliest year its title/caption names. */
    private static int referenceYear(LogicalDocument doc, String text) {
        LocalDate d = docDate(doc);
        if (d != null) {
            return d.getYear();
        }
        return years(text).stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Definitive when the wording speaks of the amount after correction or final determination; correction when
     * it speaks of the correction itself; forecast when it says "raming"/"prognose"/"meerjarig" or the year lies
     * beyond the coming one (a letter fixes next year's contribution and forecasts the rest); else allocation.
     */
    static FundingKind kind(String text, int year, int referenceYear) {
        if (DEFINITIVE.matcher(text).find()) {
            return FundingKind.definitive;
        }
        if (CORRECTION.matcher(text).find()) {
            return FundingKind.correction;
        }
        if (FORECAST.matcher(text).find() || referenceYear != Integer.MAX_VALUE && year > referenceYear + 1) {
            return FundingKind.forecast;
        }
        return FundingKind.allocation;
    }

    /**
     * The wording that decides a column's kind: its header when it says more than a year ("Correctie",
     * "Bijdrage na correctie", "Bijdrage junibrief" under a caption about a correction), else the caption.
     */
    private static String columnKindText(String header, String subject) {
        String words = clean(CURRENCY.matcher(YEAR.matcher(header).replaceAll(" ")).replaceAll(" "));
        return words.matches("[\\d()*]*") ? header + " " + subject : header;
    }

    /**
     * A text amount's kind: the change when it is signed ("+€ 24.526") or introduced as one ("een correctie
     * van"), the definitive amount when the sentence speaks of the amount after correction, else as for tables.
     */
    static FundingKind textKind(String sentence, Amount a, int year, int referenceYear) {
        String raw = a.raw() == null ? "" : a.raw().strip();
        int at = raw.isEmpty() ? -1 : sentence.indexOf(raw);
        String before = at < 0 ? "" : sentence.substring(Math.max(0, at - 40), at);
        if (raw.startsWith("+") || raw.startsWith("-") || raw.startsWith("−") || before.matches("(?s).*[+−]\\s*€?\\s*$")
                || CHANGE_BEFORE.matcher(before).find()) {
            return FundingKind.correction;
        }
        if (DEFINITIVE.matcher(sentence).find()) {
            return FundingKind.definitive;
        }
        return kind(sentence, year, referenceYear);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static LocalDate docDate(LogicalDocument doc) {
        return doc.metadata() == null ? null : doc.metadata().date();
    }
}
