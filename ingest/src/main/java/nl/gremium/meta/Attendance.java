package nl.gremium.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.CaseFold;

/**
 * Whose meeting it is, from its attendance line ("Aanwezig: A. de Vries (provincie Zeeland), B. Smit (gemeente
 * Goes)"): minutes of a consultation between organisations carry no letterhead, and name the organisations only
 * there and in lower case, which {@link Organisations} leaves alone in running text. The province is taken
 * before a municipality, the tier that convenes such consultations; names are checked against {@link Places}.
 */
final class Attendance {
    private static final Pattern PRESENT = CaseFold.compile("(?iu)^(?:aanwezig|deelnemers)\\b");
    private static final Pattern MEMBER = CaseFold.compile(
            "(?iu)\\b(provincie|gemeente)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:aan|op|en|de|den|van|bij)\\s+)*\\p{Lu}[\\p{L}'’-]*)*)");

    private static final Pattern LABEL = CaseFold.compile("(?u)^\\p{L}[\\p{L} ]{0,20}\\s*:");
    private static final int WRAPPED_LINES = 3;

    private Attendance() {}

    static Optional<String> organisation(List<String> head) {
        Optional<String> municipality = Optional.empty();
        int left = 0; // the attendance wraps over the next lines until another label
        for (String line : head) {
            if (PRESENT.matcher(line).find()) {
                left = WRAPPED_LINES + 1;
            } else if (LABEL.matcher(line).find()) {
                left = 0;
            }
            if (left-- <= 0) {
                continue;
            }
            Matcher m = MEMBER.matcher(line);
            while (m.find()) {
                Optional<String> org = Places.leading(m.group(1), m.group(2));
                if (org.isPresent() && org.get().startsWith("Provincie")) {
                    return org;
                }
                municipality = municipality.or(() -> org);
            }
        }
        return municipality;
    }
}
