package nl.gremium.meeting;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.CaseFold;

/**
 * The registration numbers a text cites: raadsinformatie numbers ("RIS 312345"), case and document numbers
 * after their label ("kenmerk: 2025/0123", "zaaknummer Z-25-00417", "stuknummer …") and parliamentary papers
 * ("32 545, nr. 143"). Two agenda items or documents citing the same number are about the same matter.
 */
public final class References {
    private static final Pattern RIS = CaseFold.compile("\\bRIS[\\s.-]?(\\d{5,7})\\b");
    private static final Pattern LABELLED = CaseFold.compile(
            "(?iu)\\b(?:ons kenmerk|uw kenmerk|kenmerk|zaaknummer|zaaknr|stuknummer|registratienummer|documentnummer|"
                    + "corsanummer|dossiernummer)\\s*[:.]?\\s*([A-Za-z]{0,4}[\\s/-]?[0-9][A-Za-z0-9/._-]{3,})");
    private static final Pattern KAMERSTUK = CaseFold.compile("\\b(\\d{2})\\s?(\\d{3}),\\s*nr\\.\\s*(\\d{1,4})\\b");

    private References() {}

    /** The references in the text, normalised ("RIS312345", "2025/0123", "kst-32545-143"), sorted. */
    public static Set<String> in(String text) {
        Set<String> out = new TreeSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = RIS.matcher(text);
        while (m.find()) {
            out.add("RIS" + m.group(1));
        }
        m = LABELLED.matcher(text);
        while (m.find()) {
            String ref = m.group(1).replaceAll("[.,;:)]+$", "").replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (ref.chars().filter(Character::isDigit).count() >= 4) {
                out.add(ref);
            }
        }
        m = KAMERSTUK.matcher(text);
        while (m.find()) {
            out.add("kst-" + m.group(1) + m.group(2) + "-" + m.group(3));
        }
        return out;
    }
}
