package nl.gremium.parse.ocr;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ground for withholding printed at a blacked-out passage: Woo article numbers ("5.1.2e", "5.1.1 c",
 * "5.2") and the older Wob ones ("10.2.e", "11.1"). Read only next to or inside a box, never from running
 * text, where "5.2" is as likely a section number.
 */
final class WooGround {
    private static final Pattern GROUND = Pattern.compile(
            "(?i)^\\(?((?:5\\.1\\.[1-5]|10\\.[12]|5\\.[1-7]|11\\.1)(?:[.\\s]?[a-i])?)\\)?[.,;:]?$");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private WooGround() {}

    /** The ground in normal form ("5.1.2e", "10.2e" → "10.2.e" kept as printed without spaces). */
    static Optional<String> of(String word) {
        // a speck under or over a letter reads as an accent ("5.1.1ç"): the ground has none
        String plain = MARKS.matcher(Normalizer.normalize(word.strip(), Normalizer.Form.NFD)).replaceAll("");
        Matcher m = GROUND.matcher(plain);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replaceAll("\\s", "").toLowerCase(Locale.ROOT));
    }
}
