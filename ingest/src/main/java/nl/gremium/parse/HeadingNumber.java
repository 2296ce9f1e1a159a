package nl.gremium.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.OutlineNumber;

/** The number a heading prints before its title: "5.1. Jaarstukken" → "5.1", "2 Verslag" → "2", "4a. Motie" → "4a",
 * "Agendapunt 3: Hamerstukken" → "3". */
public final class HeadingNumber {
    static final Pattern NUMBERED = Pattern.compile("^" + OutlineNumber.LABEL + "(" + OutlineNumber.REGEX + ")([.:]?)\\s+(\\S.*)$");

    private HeadingNumber() {}

    /** The number without its trailing dot, or null when the text does not start with one. */
    public static String of(String text) {
        Matcher m = NUMBERED.matcher(text.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Nesting depth of a number: "5" → 1, "5.1" and "5a" → 2. */
    public static int depth(String number) {
        return OutlineNumber.depth(number);
    }
}
