package nl.gremium.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses numbers as Dutch documents print them: "." groups thousands, "," is the decimal mark,
 * a trailing ",-" or ",--" means whole euros, "€" may stand before or after, and a leading
 * minus (or the Unicode minus, or the bookkeeping "-/-") negates, as do accounting brackets: "(1.234)"
 * and "(€ 1.234)" are -1234; a revision's leading plus ("+24.526", "+€ 24.526") is allowed. "-" alone, or any other text, is not a number.
 */
public final class DutchNumber {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*\\+?\\s*(?<sign>-/-|[-−–])?\\s*(?:€\\s*)?\\+?(?<sign2>-/-|[-−–])?\\s*"
                    + "(?<int>\\d{1,3}(?:\\.\\d{3})+|\\d+)"
                    + "(?:,(?<frac>\\d+|-{1,2}|—))?\\s*(?:€|euro|EUR)?\\s*$");

    private DutchNumber() {}

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replace('\u00a0', ' ').strip();
        boolean bracketed = t.length() > 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')';
        Matcher m = NUMBER.matcher(bracketed ? t.substring(1, t.length() - 1) : t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group("int").replace(".", "");
        String frac = m.group("frac");
        if (frac != null && frac.chars().allMatch(Character::isDigit)) {
            digits = digits + "." + frac;
        }
        BigDecimal value = new BigDecimal(digits);
        if (bracketed || m.group("sign") != null || m.group("sign2") != null) {
            value = value.negate();
        }
        return Optional.of(value);
    }
}
