package nl.gremium.tag;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gremium.text.CaseFold;
import nl.gremium.text.WordList;

/**
 * The bodies a recommendation can be addressed to (resource addressees.txt): "de raad", "het college van
 * burgemeester en wethouders", "de minister van Financiën", "u". Finds such a noun phrase at the start of a
 * text, so that "adviseert de toelichting aan te vullen" does not make "de toelichting" an addressee.
 */
final class Addressees {
    private static final List<String> HEADS = read();
    private static final Pattern PHRASE = phrase(HEADS);

    private Addressees() {}

    /** The head nouns of the list, longest first ("college van burgemeester en wethouders", …, "raad"). */
    static List<String> heads() {
        return HEADS;
    }

    /** The addressee that opens {@code text} as printed ("het college", "de minister van VWS"), or null. */
    static String leading(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PHRASE.matcher(text.trim());
        return m.lookingAt() ? m.group().trim() : null;
    }

    private static String quoted(List<String> heads) {
        return heads.stream().map(h -> Pattern.quote(h).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static List<String> read() {
        List<String> heads = WordList.read(Addressees.class, "addressees.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        // longest first, so "college van burgemeester en wethouders" wins over "college"
        heads.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(heads);
    }

    private static Pattern phrase(List<String> heads) {
        String alternatives = quoted(heads.stream().filter(h -> !h.equals("u")).toList());
        // names of two words and more stand without article too ("Gedeputeerde Staten", "Tweede Kamer")
        String names = quoted(heads.stream().filter(h -> h.contains(" ")).toList());
        // a determiner, an optional adjective, the head, an optional "van …" naming whose ("de minister van VWS")
        return CaseFold.compile("(?:(?:(?:de|het|alle|uw|onze|zijn|haar)\\s+(?:\\p{L}+e\\s+)?(?:" + alternatives + ")|(?:" + names + "))"
                        + "(?:\\s+(?:van|voor)\\s+(?-i:\\p{Lu})[\\p{L}’'-]*(?:\\s+(?:en\\s+)?(?-i:\\p{Lu})[\\p{L}’'-]*){0,4})?"
                        + "|u|uw\\s+(?:raad|college|staten|bestuur))(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
