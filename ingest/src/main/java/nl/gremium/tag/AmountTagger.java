package nl.gremium.tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.text.DutchNumber;

/**
 * Euro amounts by a rule grammar, in running text and in euro tables.
 * <pre>
 * amount  := "€"|"EUR" sign? number whole? scale?          € 9.207.000,-   € 27,7 miljoen   €1,2 mld
 *          | (number whole? | word) scale? ("€"|"euro"|"EUR")   632.927 euro   388.136,77€   één miljoen euro
 *          | (number | word) "ton"                          9 ton  (1 ton = 100.000 euro)
 * number  := d{1,3}(.ddd)+(,d+)? | d+(,d+)? | d+.d{1,2} before a scale (English decimal point)
 * whole   := ",-" | ",--"        scale := duizend | ton | miljoen | mln | miljard | mld | mrd
 * </pre>
 * Qualifiers such as "circa", "ruim", "maximaal" stay outside the raw text. In a table marked as euro
 * ({@link Table#euro()}) every numeric body cell outside the label column is one amount.
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
    private static final String WHOLE = "(?:,-{1,2}|,—)";
    private static final String SCALE = "(?:miljoen|miljard|duizend|mln\\.?|mld\\.?|mrd\\.?|ton)";
    private static final String LEFT = "(?<![\\p{L}\\p{N}.,])";
    private static final Pattern AMOUNT = Pattern.compile(
            // € first
            "(?:€|\\bEUR\\b)\\s*(?<sign>[-−–])?\\s*(?<n1>" + NUM + ")(?<w1>" + WHOLE + ")?(?:\\s*(?<s1>" + SCALE + ")(?![\\p{L}]))?"
                    // number, then the currency
                    + "|" + LEFT + "(?<n2>" + NUM + "|" + WORD + ")(?<w2>" + WHOLE + ")?(?:\\s*(?<s2>" + SCALE + "))?"
                    + "\\s*(?:€|\\beuro\\b|\\bEUR\\b)(?!\\s*[-−–]?\\s*\\d)"
                    // "9 ton": tons are money in Dutch administrative prose
                    + "|" + LEFT + "(?<n3>" + NUM + "|" + WORD + ")\\s+(?<s3>ton)\\b(?!\\s*(?:CO|co|kilo|kg))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)");
    private static final Pattern PURPOSE = Pattern.compile(
            "^\\s*(?:(?:per jaar|structureel|incidenteel|beschikbaar|extra|gereserveerd|toegekend|uitgetrokken|bestemd)\\s+){0,2}(?:voor|ten behoeve van|t\\.b\\.v\\.|bestemd voor)\\s+"
                    + "(?<p>[^,.;:()]{3,90}?)\\s*(?=[,.;:()]|$|\\s(?:en|om|in|op|te|is|wordt|zijn|worden)\\s)");
    /** Table columns that hold numbers but never money. */
    private static final Pattern NOT_MONEY_COLUMN = Pattern.compile(
            "(?i)^(nr\\.?|nummer|jaar|aantal.*|%.*|percentage.*|fte.*|uren.*|km.*)$");

    /** An amount found in a piece of text, before it gets an id. */
    record Match(String raw, BigDecimal value, int start, int end) {}

    static List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            int k = m.group("n1") != null ? 1 : m.group("n2") != null ? 2 : 3;
            String num = m.group("n" + k);
            String whole = k == 3 ? null : m.group("w" + k);
            String scale = m.group("s" + k);
            Optional<BigDecimal> v = value(num, whole, scale);
            if (v.isEmpty()) {
                continue;
            }
            BigDecimal value = k == 1 && m.group("sign") != null ? v.get().negate() : v.get();
            out.add(new Match(m.group().trim(), value, m.start(), m.end()));
        }
        return out;
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
            case "miljoen", "mln" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    List<Amount> tag(DocumentView view, IdSequence ids) {
        List<Amount> out = new ArrayList<>();
        for (int b = 0; b < view.blocks.size(); b++) {
            Block block = view.block(b);
            if (block.is(BlockType.TABLE)) {
                if (block.table() != null && block.table().euro()) {
                    tableAmounts(block.table(), ids, out);
                }
                continue;
            }
            for (DocumentView.Sentence s : view.sentences(b)) {
                for (Match m : find(s.text())) {
                    out.add(new Amount(ids.next(), m.raw(), m.value(), s.text(), year(s.text(), m),
                            purpose(s.text(), m), null, s.page()));
                }
            }
        }
        return out;
    }

    private static void tableAmounts(Table t, IdSequence ids, List<Amount> out) {
        List<List<Cell>> header = t.header();
        Integer captionYear = firstYear(t.caption());
        for (List<Cell> row : t.body()) {
            int labelCol = labelColumn(row);
            String label = labelCol < 0 ? "" : DocumentView.normalise(row.get(labelCol).text());
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (c <= Math.max(labelCol, 0)) {
                    continue;
                }
                String colHeader = columnHeader(header, c);
                if (cell.text() == null || cell.text().contains("%") || NOT_MONEY_COLUMN.matcher(colHeader).matches()) {
                    continue;
                }
                BigDecimal v = cell.number() != null ? cell.number() : DutchNumber.parse(cell.text()).orElse(null);
                if (v == null) {
                    continue;
                }
                Integer year = firstYear(colHeader);
                out.add(new Amount(ids.next(), DocumentView.normalise(cell.text()), v,
                        colHeader.isEmpty() ? label : label + " | " + colHeader, year != null ? year : captionYear,
                        t.caption(), t.id(), t.page()));
            }
        }
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

    private static String columnHeader(List<List<Cell>> header, int col) {
        StringBuilder sb = new StringBuilder();
        for (List<Cell> row : header) {
            if (col < row.size() && row.get(col).text() != null && !row.get(col).text().isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(DocumentView.normalise(row.get(col).text()));
            }
        }
        return sb.toString();
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
