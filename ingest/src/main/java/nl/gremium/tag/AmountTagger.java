package nl.gremium.tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.tables.TableAnalyzer;
import nl.gremium.text.CaseFold;
import nl.gremium.text.DutchNumber;
import nl.gremium.text.RegexGuard;

/**
 * Euro amounts by a rule grammar, in running text and in euro tables.
 * <pre>
 * amount  := "€"|"EUR" sign? number whole? scale?          € 9.207.000,-   € 27,7 miljoen   €1,2 mld
 *          | (number whole? | word) scale? ("€"|"euro"|"EUR")   418.306 euro   388.136,77€   één miljoen euro
 *          | (number | word) "ton"                          9 ton  (1 ton = 100.000 euro)
 * number  := d{1,3}(.ddd)+(,d+)? | d+(,d+)? | d+.d{1,2} before a scale (English decimal point)
 * whole   := ",-" | ",--"        scale := duizend | ton | miljoen | mln | miljard | mld | mrd
 * </pre>
 * Qualifiers such as "circa", "ruim", "maximaal" stay outside the raw text. A bare number is euro by
 * context after a euro amount it continues ("… tot 2.182.000") or after a money noun ("bedrag van
 * 12.500"). In a table marked as euro ({@link Table#euro()}) every numeric body cell outside the label
 * column is one amount; other cells give the amounts written in them.
 */
final class AmountTagger implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        draft.amounts.addAll(tag(view, draft.ids('m')));
    }

    private static final String WORD = "(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien"
            + "|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|anderhalf|half)";
    private static final String NUM = "(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+\\.\\d{1,2}(?=\\s*(?:mln|mld|mrd|miljoen|miljard))"
            + "|\\d+(?:,\\d+)?)";
    /** A number that reads as money on its own: thousands grouped, or cents, or the whole-euro dash. */
    private static final String MONEY_NUM = "(?:\\d{1,3}(?:\\.\\d{3})+(?:,(?:\\d{2}|-{1,2}|—))?|\\d+,(?:\\d{2}|-{1,2}|—))(?![\\d.,]*\\d)";
    private static final String WHOLE = "(?:,-{1,2}|,—)";
    private static final String SCALE = "(?:miljoen|miljard|duizend|mln\\.?|mld\\.?|mrd\\.?|ton)";
    /** After a euro sign, OCR reads "mln." as "min." ("€ 16 min."): nothing else is counted in minutes after €. */
    private static final String SCALE_AFTER_SIGN = "(?:" + SCALE + "|min\\.?)";
    private static final String LEFT = "(?<![\\p{L}\\p{N}.,])";
    private static final Pattern AMOUNT = CaseFold.compile(
            // € first; "euro" first only before a number that reads as money ("euro 25.000", never "euro 2025")
            // "k€ 450" and "kEUR 450" count in thousands
            "(?<neg>-/-\\s*)?(?<kilo>(?<![\\p{L}\\p{N}])k(?=€|EUR\\b))?(?:€|(?:\\b|(?<=k))EUR\\b|\\beuro\\s+(?=" + MONEY_NUM + "))\\s*(?<sign>[-−–]|-/-)?\\s*(?<n1>" + NUM + ")(?<w1>" + WHOLE + ")?"
                    + "(?:\\s*(?<s1>" + SCALE_AFTER_SIGN + ")(?![\\p{L}]))?"
                    // number, then the currency
                    + "|" + LEFT + "(?<n2>" + NUM + "|" + WORD + ")(?<w2>" + WHOLE + ")?(?:\\s*(?<s2>" + SCALE + "))?"
                    + "\\s*(?:€|\\beuro\\b|\\bEUR\\b)(?!\\s*[-−–]?\\s*\\d)"
                    // "9 ton": tons are money in Dutch administrative prose
                    + "|" + LEFT + "(?<n3>" + NUM + "|" + WORD + ")\\s+(?<s3>ton)\\b(?!\\s*(?:CO|co|kilo|kg))"
                    // OCR reads "€" as "(": "( 160.014,03" with the sign's space kept and no closing bracket
                    + "|(?<![\\p{L}\\p{N}])\\(\\s+(?<n4>\\d{1,3}(?:\\.\\d{3})*,\\d{2})(?!\\d)(?![^()\\n]{0,25}\\))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number that takes its currency from the words around it: a range or series after a euro
     * amount ("€ 1,2 miljoen oplopend tot 1,8 miljoen", "€ 5.000 in 2025 en 7.500 in 2026"), or the
     * object of a money noun ("een subsidie van 12.500").
     */
    private static final Pattern LINKED = CaseFold.compile(
            "^(?<gap>(?:[^€\\d]|\\b(?:19|20)\\d{2}\\b){0,30}?(?:\\btot(?: en met)?|\\bt/m|\\bà|\\ba|\\ben|\\bof|\\bnaar|[-–/])\\s*)"
                    + "(?<n>" + MONEY_NUM + "|\\d+(?:,\\d+)?(?=\\s*" + SCALE + "))(?:\\s*(?<s>" + SCALE + ")(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> MONEY_NOUNS = List.of("bedrag", "budget", "subsidie", "bijdrage", "krediet", "vergoeding",
            "saldo", "tekort", "overschot", "kosten", "investering", "uitkering");
    private static final Pattern MONEY_NOUN = CaseFold.compile(
            "\\b(?:" + String.join("|", MONEY_NOUNS) + ")"
                    + "(?:en)?(?:\\s+(?:van|ad|groot|bedraagt|bedragen|is|was)|\\s*:)"
                    + "(?:\\s+(?:circa|ca\\.|ruim|maximaal|ongeveer|totaal|in totaal|bijna|minimaal))?\\s+(?<n>" + MONEY_NUM + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What may follow a bare money number; any other word (inwoners, woningen, m2) makes it a count. */
    private static final Pattern BARE_FOLLOWER = CaseFold.compile(
            "^(?:\\s*$|\\s*[,.;:)]|\\s+(?:structureel|incidenteel|per|in|vanaf|voor|tot|en|of|op|na|over|de|het|te|is|wordt|zijn|worden|netto|bruto|excl|incl|exclusief|inclusief|aan|uit|als|ten|ter|beschikbaar|toe|extra|bij|mee|terug|ook|nodig|gemoeid|opgenomen"
            + "|gereserveerd|betaald|uitgekeerd|verleend|toegekend)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "enkele honderdduizend euro's" names no figure. */
    private static final Pattern VAGUE = CaseFold.compile(
            "(?:enkele|een paar|vele|meerdere|tientallen|honderden|duizenden|miljoenen)\\s*$", Pattern.CASE_INSENSITIVE);
    /** "bedragen x € 1.000": a unit of a table or list, not an amount. */
    private static final Pattern UNIT_BEFORE = CaseFold.compile(
            "(?:(?<!\\d\\s?)(?:\\bx|×)|\\bmaal|(?:\\(|bedragen)\\s*in)\\s*\\(?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, BigDecimal> WORDS = Map.ofEntries(
            Map.entry("één", BigDecimal.ONE), Map.entry("een", BigDecimal.ONE), Map.entry("twee", BigDecimal.valueOf(2)),
            Map.entry("drie", BigDecimal.valueOf(3)), Map.entry("vier", BigDecimal.valueOf(4)),
            Map.entry("vijf", BigDecimal.valueOf(5)), Map.entry("zes", BigDecimal.valueOf(6)),
            Map.entry("zeven", BigDecimal.valueOf(7)), Map.entry("acht", BigDecimal.valueOf(8)),
            Map.entry("negen", BigDecimal.valueOf(9)), Map.entry("tien", BigDecimal.TEN),
            Map.entry("elf", BigDecimal.valueOf(11)), Map.entry("twaalf", BigDecimal.valueOf(12)),
            Map.entry("vijftien", BigDecimal.valueOf(15)), Map.entry("twintig", BigDecimal.valueOf(20)),
            Map.entry("dertig", BigDecimal.valueOf(30)), Map.entry("veertig", BigDecimal.valueOf(40)),
            Map.entry("vijftig", BigDecimal.valueOf(50)), Map.entry("zestig", BigDecimal.valueOf(60)),
            Map.entry("zeventig", BigDecimal.valueOf(70)), Map.entry("tachtig", BigDecimal.valueOf(80)),
            Map.entry("negentig", BigDecimal.valueOf(90)), Map.entry("honderd", BigDecimal.valueOf(100)),
            Map.entry("anderhalf", new BigDecimal("1.5")), Map.entry("half", new BigDecimal("0.5")));
    private static final Pattern YEAR = CaseFold.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)");
    private static final Pattern PURPOSE = CaseFold.compile(
            "^\\s*(?:(?:per jaar|structureel|incidenteel|beschikbaar|extra|gereserveerd|toegekend|uitgetrokken|bestemd)\\s+){0,2}(?:voor|ten behoeve van|t\\.b\\.v\\.|bestemd voor)\\s+"
                    + "(?<p>[^,.;:()]{3,90}?)\\s*(?=[,.;:()]|$|\\s(?:en|om|in|op|te|is|wordt|zijn|worden)\\s)");
    /** Table columns that hold numbers but never money. */
    private static final Pattern NOT_MONEY_COLUMN = CaseFold.compile(
            "(?i)^(nr\\.?|nummer|jaar|aantal.*|%.*|percentage.*|fte.*|uren.*|km.*)$");

    /** An amount found in a piece of text, before it gets an id. */
    record Match(String raw, BigDecimal value, int start, int end) {}

    /**
     * What every match of {@link #AMOUNT} holds: "€", the bracket OCR reads for it (with the space after it), or
     * the word "EUR", "euro" or "ton". Most sentences hold none (numbers and dates without a currency), and skip
     * that regex.
     */
    private static final List<String> AMOUNT_SIGNS = List.of("€", "( ", "(\t", "(\n", "(\u000b", "(\f", "(\r");
    private static final List<String> AMOUNT_WORDS = List.of("eur", "keur", "euro", "ton");

    static List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        String folded = RegexGuard.fold(text);
        boolean marked = RegexGuard.containsAny(folded, AMOUNT_SIGNS) || RegexGuard.hasWord(text, folded, AMOUNT_WORDS);
        Matcher m = AMOUNT.matcher(text).useTransparentBounds(true);
        while (marked && m.find()) {
            int k = m.group("n1") != null ? 1 : m.group("n2") != null ? 2 : m.group("n3") != null ? 3 : 4;
            String num = m.group("n" + k);
            String whole = k == 1 || k == 2 ? m.group("w" + k) : null;
            String scale = k <= 3 ? m.group("s" + k) : null;
            String before = text.substring(0, m.start());
            if (VAGUE.matcher(before).find() || k == 1 && isUnit(before, num)) {
                continue;
            }
            Matcher linked = k == 1 ? LINKED.matcher(text.substring(m.end())) : null;
            boolean hasLink = linked != null && linked.find() && follows(text, m.end() + linked.end());
            if (k == 1 && m.group("kilo") != null && scale == null) {
                scale = "duizend";
            }
            if (hasLink && scale == null && whole == null && linked.group("s") != null) {
                scale = linked.group("s"); // "€ 2 tot 3 miljoen": the scale is shared
            }
            Optional<BigDecimal> v = value(num, whole, scale);
            if (v.isEmpty()) {
                continue;
            }
            boolean negative = k == 1 && (m.group("sign") != null || m.group("neg") != null);
            out.add(new Match(m.group().trim(), negative ? v.get().negate() : v.get(), m.start(), m.end()));
            if (hasLink) {
                int start = m.end() + linked.start("n");
                int end = m.end() + linked.end();
                value(linked.group("n"), null, linked.group("s")).ifPresent(lv ->
                        out.add(new Match(text.substring(start, end).trim(), lv, start, end)));
                m.region(end, text.length());
            }
        }
        boolean nounAndFigure = RegexGuard.hasDigit(text) && RegexGuard.containsAny(folded, MONEY_NOUNS);
        Matcher noun = MONEY_NOUN.matcher(text);
        while (nounAndFigure && noun.find()) {
            int start = noun.start("n");
            int end = noun.end("n");
            if (follows(text, end) && out.stream().noneMatch(a -> a.start() < end && start < a.end())) {
                value(noun.group("n"), null, null).ifPresent(v -> out.add(new Match(noun.group("n"), v, start, end)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether a bare number ending at {@code end} is followed by nothing that makes it a count of things. */
    private static boolean follows(String text, int end) {
        String after = text.substring(end);
        return BARE_FOLLOWER.matcher(after).find() && !after.matches("(?s)^\\s*(?:%|procent).*");
    }

    private static boolean isUnit(String before, String num) {
        return UNIT_BEFORE.matcher(before).find() && num.matches("1(?:\\.?000)*");
    }

    private static Optional<BigDecimal> value(String num, String whole, String scale) {
        BigDecimal base = WORDS.get(num.toLowerCase(Locale.ROOT));
        if (base != null && scale == null) {
            return Optional.empty(); // "een euro" is not an amount worth a record; words need a scale
        }
        if (base == null) {
            if (scale != null && num.matches("\\d+\\.\\d{1,2}")) {
                base = new BigDecimal(num);
            } else {
                base = DutchNumber.parse(whole == null ? num : num + whole).orElse(null);
            }
        }
        if (base == null) {
            return Optional.empty();
        }
        BigDecimal v = base.multiply(multiplier(scale)).stripTrailingZeros();
        return Optional.of(v.scale() < 0 ? v.setScale(0) : v); // plain "27700000", never "2.77E+7"
    }

    private static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        String s = scale.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (s) {
            case "duizend" -> BigDecimal.valueOf(1_000);
            case "ton" -> BigDecimal.valueOf(100_000);
            case "miljoen", "mln", "min" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    /** A line that ends on the euro sign, its number on the next line (a layout break, not two amounts). */
    private static final Pattern SIGN_AT_END = CaseFold.compile("(?:€|\\bEUR)\\s*$");

    List<Amount> tag(DocumentView view, IdSequence ids) {
        List<Amount> out = new ArrayList<>();
        boolean signCarried = false;
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            if (block.is(BlockType.TABLE)) {
                if (block.table() != null) {
                    tableAmounts(block.table(), ids, out);
                }
                signCarried = false;
                continue;
            }
            if (tableResidue(view, b)) {
                signCarried = false;
                continue;
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                String text = signCarried && s.index() == 0 ? "€ " + s.text() : s.text();
                for (Match m : find(text)) {
                    out.add(new Amount(ids.next(), m.raw(), m.value(), s.text(), year(text, m),
                            purpose(text, m), null, s.page()));
                }
            }
            signCarried = SIGN_AT_END.matcher(view.text(b)).find();
        }
        return out;
    }

    /**
     * Whether a block is nothing but amounts that a table on its page already holds: text the parser
     * left beside the table it recognised ("€ 230 € 7.920"), which would count every cell twice.
     */
    private static boolean tableResidue(DocumentView view, int b) {
        String text = view.text(b);
        List<Match> found = find(text);
        if (found.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            rest.delete(found.get(i).start(), found.get(i).end());
        }
        if (rest.toString().matches(".*\\p{L}.*")) {
            return false;
        }
        int page = view.block(b).page();
        List<BigDecimal> cells = new ArrayList<>();
        for (Block t : view.blocks) {
            if (t.is(BlockType.TABLE) && t.table() != null && t.table().page() <= page && page <= t.table().pageEnd()) {
                t.table().rows().forEach(r -> r.forEach(c -> find(c.text() == null ? "" : c.text()).forEach(m -> cells.add(m.value()))));
                t.table().rows().forEach(r -> r.forEach(c -> {
                    if (c.number() != null) {
                        cells.add(c.number());
                    }
                }));
            }
        }
        return !cells.isEmpty() && found.stream().allMatch(m -> cells.stream().anyMatch(v -> v.compareTo(m.value()) == 0));
    }

    /**
     * A table marked as euro gives every numeric body cell outside the label column (zeros too, scaled by
     * a stated unit such as "x € 1.000"); any other cell, in any table, gives the amounts written in it
     * ("Schaal 9 € 132", "€ 4.693.000 in 2026 en € 4.652.000 daarna").
     */
    private static void tableAmounts(Table t, IdSequence ids, List<Amount> out) {
        List<List<Cell>> header = t.header();
        Integer captionYear = firstYear(t.caption());
        BigDecimal scale = t.euro() ? TableAnalyzer.euroScale(t) : BigDecimal.ONE;
        Map<Integer, BigDecimal> columnScales = t.euro() ? columnScales(t) : Map.of();
        Set<Integer> unsigned = t.euro() && scale.compareTo(BigDecimal.ONE) == 0 ? unsignedColumns(t) : Set.of();
        Set<Integer> named = namedMoneyColumns(t);
        for (List<Cell> row : t.body()) {
            int labelCol = labelColumn(row);
            String label = labelCol < 0 ? "" : DocumentView.normalise(row.get(labelCol).text());
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell.text() == null || cell.text().isBlank()) {
                    continue;
                }
                String colHeader = columnHeader(header, c);
                String context = colHeader.isEmpty() ? label : label + " | " + colHeader;
                Integer colYear = firstYear(colHeader);
                Integer year = colYear != null ? colYear : captionYear;
                String text = DocumentView.normalise(cell.text());
                BigDecimal v = cell.number() != null ? cell.number() : DutchNumber.parse(text).orElse(null);
                if (v != null && t.euro() && c > Math.max(labelCol, 0) && !text.contains("%")
                        && !NOT_MONEY_COLUMN.matcher(colHeader).matches() && !unsigned.contains(c) && (named.isEmpty() || named.contains(c))) {
                    out.add(new Amount(ids.next(), text, scaled(v, columnScales.getOrDefault(c, scale)), context, year, t.caption(),
                            t.id(), t.page()));
                    continue;
                }
                for (Match m : find(text)) {
                    BigDecimal mv = m.raw().matches("(?i).*(?:mln|mld|mrd|miljoen|miljard|duizend|ton)\\.?$")
                            ? m.value() : scaled(m.value(), scale);
                    out.add(new Amount(ids.next(), m.raw(), mv, context, year, t.caption(), t.id(), t.page()));
                }
            }
        }
    }

    /**
     * Each column's own unit where the header states different ones ("Bedrag per gemeente (in €)" over 2025 and 2026 beside
     * "Totaal (× € 1.000)"); empty when the table has one unit, which {@link TableAnalyzer#euroScale} reads.
     */
    private static Map<Integer, BigDecimal> columnScales(Table t) {
        List<List<Cell>> header = t.header();
        int columns = header.stream().mapToInt(List::size).max().orElse(0);
        Map<Integer, BigDecimal> out = new HashMap<>();
        for (int c = 1; c < columns; c++) {
            String h = columnHeader(header, c);
            BigDecimal stated = TableAnalyzer.statedScale(h);
            if (stated != null) {
                out.put(c, stated);
            } else if (TableAnalyzer.carriesSign(h)) {
                out.put(c, BigDecimal.ONE); // "(in €)": euros as printed
            }
        }
        return out.values().stream().distinct().count() > 1 ? out : Map.of();
    }

    /**
     * Columns of a euro table whose bare numbers are no euros: the table writes the sign in another column's
     * cells (in at least half of them) but never in these, nor in their header. A ranking lists "Impact 4,06 |
     * Kosten 4,22 | Totaal 25,15 | Subsidie € 78.420,00": only the last column is money. A budget table that
     * writes "€" on its first and total rows has the sign in every column, so none is left out.
     */
    static Set<Integer> unsignedColumns(Table t) {
        Map<Integer, int[]> counts = new HashMap<>(); // column -> {numbers, signed}
        for (List<Cell> row : t.body()) {
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                String text = cell.text() == null ? "" : cell.text();
                if (cell.number() == null && DutchNumber.parse(DocumentView.normalise(text)).isEmpty()) {
                    continue;
                }
                int[] n = counts.computeIfAbsent(c, k -> new int[2]);
                n[0]++;
                if (TableAnalyzer.carriesSign(text)) {
                    n[1]++;
                }
            }
        }
        boolean signedColumn = counts.values().stream().anyMatch(n -> n[1] > 0 && n[1] * 2 >= n[0]);
        if (!signedColumn) {
            return Set.of();
        }
        List<List<Cell>> header = t.header();
        Set<Integer> out = new HashSet<>();
        counts.forEach((c, n) -> {
            if (n[1] == 0 && n[0] >= 2 && !TableAnalyzer.carriesSign(columnHeader(header, c))) {
                out.add(c);
            }
        });
        return out;
    }

    /**
     * The columns whose header writes the currency where only some do: "Gemeente | Kinderen 0–12 jaar | Uitkering 2025 (€)"
     * counts children in its second column. Empty (every column may be money) when the caption or the label column's
     * header states the unit for the whole table ("Programma (× € 1.000) | 2026 | 2027").
     */
    private static Set<Integer> namedMoneyColumns(Table t) {
        List<List<Cell>> header = t.header();
        if (header.isEmpty() || TableAnalyzer.carriesSign(t.caption()) || TableAnalyzer.carriesSign(columnHeader(header, 0))) {
            return Set.of();
        }
        Set<Integer> out = new HashSet<>();
        int columns = header.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 1; c < columns; c++) {
            String h = columnHeader(header, c);
            if (h.isEmpty()) {
                return Set.of(); // a header the layout ran together ("Aangevraagd (€) Verleend (€)" over two columns) names none apart
            }
            if (TableAnalyzer.carriesSign(h)) {
                out.add(c);
            }
        }
        return out.size() < columns - 1 ? out : Set.of();
    }

    private static BigDecimal scaled(BigDecimal v, BigDecimal scale) {
        BigDecimal s = v.multiply(scale).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The row's label: its first cell that is text, not a number (a leading row number is skipped). */
    private static int labelColumn(List<Cell> row) {
        for (int c = 0; c < row.size(); c++) {
            String t = row.get(c).text();
            if (t != null && !t.isBlank() && row.get(c).number() == null && DutchNumber.parse(t).isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A column's header over all header rows. A header cell left empty beside a filled one, over a column the row below
     * heads, is the filled cell spanning it ("Bedrag per gemeente (in €)" over "2025" and "2026").
     */
    private static String columnHeader(List<List<Cell>> header, int col) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < header.size(); r++) {
            List<Cell> row = header.get(r);
            String text = col < row.size() ? row.get(col).text() : null;
            if ((text == null || text.isBlank()) && r + 1 < header.size() && filled(header.get(r + 1), col)) {
                for (int left = col - 1; left > 0 && left < row.size(); left--) {
                    if (filled(row, left)) {
                        text = filled(header.get(r + 1), left) ? row.get(left).text() : null;
                        break;
                    }
                }
            }
            if (text != null && !text.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(DocumentView.normalise(text));
            }
        }
        return sb.toString();
    }

    private static boolean filled(List<Cell> row, int col) {
        return col < row.size() && row.get(col).text() != null && !row.get(col).text().isBlank();
    }

    private static Integer firstYear(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    /** The year nearest to the amount in its sentence. */
    static Integer year(String sentence, Match a) {
        Matcher m = YEAR.matcher(sentence);
        Integer best = null;
        int bestDist = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= a.start() && m.end() <= a.end()) {
                continue;
            }
            int dist = m.start() >= a.end() ? m.start() - a.end() : a.start() - m.end();
            if (dist < bestDist) {
                bestDist = dist;
                best = Integer.valueOf(m.group());
            }
        }
        return best;
    }

    /** "… € 70 miljoen voor de versterking van de crisisbeheersing, …" → "de versterking van de crisisbeheersing". */
    static String purpose(String sentence, Match a) {
        Matcher m = PURPOSE.matcher(sentence.substring(a.end()));
        if (m.find()) {
            String p = m.group("p").trim();
            if (!p.matches("(?:het jaar |de jaren )?(?:19|20)\\d{2}.*") && !p.matches("(?i)(?:de|het) (?:periode|jaar).*")) {
                return p;
            }
        }
        return null;
    }
}
