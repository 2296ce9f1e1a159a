package nl.gremium.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.CaseFold;

/**
 * The province or municipality whose own web address a document's header prints ("Vergadering terugkijken
 * https://gemeentezwolle.raadsinformatie.nl/…", "www.overijssel.nl", "info@zwolle.nl"). That is a sender signal,
 * unlike a name in running text: councils' decision lists often name their municipality nowhere else. Their
 * domains are their folded names, optionally after "gemeente" or "provincie", so {@link Places} reads them back.
 */
final class OwnWebsite {
    private static final Pattern HOST = CaseFold.compile("(?iu)(?<![\\p{L}\\d.-])((?:[a-z\\d-]+\\.)+nl)(?![\\p{L}\\d])");

    private OwnWebsite() {}

    /** The organisation named by the first web or mail address in {@code lines} that reads as one. */
    static Optional<String> organisation(List<String> lines) {
        for (String line : lines) {
            Matcher m = HOST.matcher(line);
            while (m.find()) {
                String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
                for (int i = 0; i < labels.length - 1; i++) {
                    Optional<String> org = Places.byLabel(labels[i]);
                    if (org.isPresent()) {
                        return org;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
