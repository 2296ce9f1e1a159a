package nl.gremium.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses numbers as Dutch documents print them: "." groups thousands, "," is the decimal mark,
 * a trailing ",-" or ",--" means whole euros, "€" may stand before or after, and a leading
 * minus (or the Unicode minus) negates. "-" alone, or any other text, is not a number.
 */
public final class DutchNumber {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(?<sign>[-−–])?\\s*(?:€\\s*)?(?<sign2>[-−–])?\\s*"
                    + "(?<int>\\d{1,3}(?:\\.\\d{3})+|\\d+)"
                    + "(?:,(?<frac>\\d+|-{1,2}|—))?\\s*(?:€|euro|EUR)?\\s*$");

    private DutchNumber() {}

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.replace('\u00a0', ' '));
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group("int").replace(".", "");
        String frac = m.group("frac");
        if (frac != null && frac.chars().allMatch(Character::isDigit)) {
            digits = digits + "." + frac;
        }
        BigDecimal value = new BigDecimal(digits);
        if (m.group("sign") != null || m.group("sign2") != null) {
            value = value.negate();
        }
        return Optional.of(value);
    }
}
