package nl.gremium.tag;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gremium.text.CaseFold;
import nl.gremium.text.WordList;

/**
 * Whether a subject with an article can be the party of a task: "het college", "de eigenaar van de winkel", "het
 * projectteam" can; "het pand", "de tellingen", "de nieuwe tram" cannot ("Het pand zal energieneutraal zijn" describes a
 * building, it commits nobody). A subject passes when one of its words is a body ({@code addressees.txt}), a party noun
 * ({@code acting-nouns.txt}) or a compound ending in one, or when its head noun is a noun of a person by its ending
 * ("aanvrager", "inhoudingsplichtige") and not a thing that ends alike ({@code not-acting-nouns.txt}: "nummer",
 * "bovenkant"), or when it names an organisation with a capital after the article ("de MRDH"). Subjects without an
 * article (pronouns, names) are left to the caller.
 */
final class Parties {
    private static final List<String> NOUNS = Stream.concat(Addressees.heads().stream(),
                    WordList.read(Parties.class, "acting-nouns.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)))
            .filter(w -> !w.contains(" ") && w.length() > 1).distinct().toList();
    private static final List<String> THINGS = WordList.read(Parties.class, "not-acting-nouns.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    /** Where the head noun ends: a preposition or relative pronoun after it ("de eigenaar van de winkel"). */
    private static final Pattern AFTER_HEAD = CaseFold.compile(
            "\\s+(?:van|voor|uit|in|op|aan|met|bij|over|tot|tussen|onder|naar|via|per|zonder|tegen|rond|die|dat|welke|wat)\\b.*$");
    /** The article and what follows it. */
    private static final Pattern ARTICLED = CaseFold.compile("^(?i:de|het|ons|onze|mijn)\\s+(?<rest>.+)$");
    /**
     * Nouns of persons by their ending: "-er(s)" after a consonant (aanvrager, opdrachtnemer; not "vervoer"), "-aar" (eigenaar), "-eur" (inspecteur),
     * "-ant"/"-ent" (fabrikant, cliënt), "-ist", "-ier" (leverancier), "-man"; nominalised adjectives of persons
     * ("inhoudingsplichtige", "betrokkene", "belanghebbende", "gemachtigde", "gedeputeerde").
     */
    private static final Pattern PERSON_NOUN = Pattern.compile(
            "\\p{L}{2,}(?:(?<![aeiouy])ers?|aars?|aren|eurs?|ants?|anten|ents?|enten|isten|ist|iers?|man|mannen|ige|igen|kene|kenen|ende|enden|igde|igden|eerde|eerden)");

    /** Capitalised words closing a subject: the name of the person or team the noun before them names. */
    private static final Pattern TRAILING_NAMES = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}-]*)+$");

    private Parties() {}

    /** False only for a subject with an article whose words name no party (see the class comment). */
    static boolean canAct(String subject) {
        var m = ARTICLED.matcher(subject.trim());
        if (!m.matches()) {
            return true;
        }
        String rest = m.group("rest");
        if (Character.isUpperCase(rest.codePointAt(0))) {
            return true;
        }
        String[] words = rest.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+");
        for (String word : words) {
            if (!word.isEmpty() && isListed(word, NOUNS)) {
                return true;
            }
        }
        // a person's ending counts on the head noun only: "de huidige ontheffing" is no "huidige"; the noun before a name
        // counts too ("de teamleider Heffen")
        String beforePreposition = AFTER_HEAD.matcher(rest).replaceFirst("");
        return personHead(beforePreposition) || personHead(TRAILING_NAMES.matcher(beforePreposition).replaceFirst(""));
    }

    /** The last word names a person by its ending, and is no thing that ends alike. */
    private static boolean personHead(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+");
        String head = w.length == 0 ? "" : w[w.length - 1];
        return PERSON_NOUN.matcher(head).matches() && !isListed(head, THINGS);
    }

    /** The word, or a compound ending in it, is on the list. */
    private static boolean isListed(String word, List<String> nouns) {
        for (String noun : nouns) {
            if (word.equals(noun) || noun.length() >= 4 && word.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }
}
