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
 * ({@code acting-nouns.txt}) or a compound ending in one, or a noun of a person by its ending ("aanvrager",
 * "inhoudingsplichtige"), or when it names an organisation with a capital after the article ("de MRDH"). Subjects
 * without an article (pronouns, names) are left to the caller.
 */
final class Parties {
    private static final List<String> NOUNS = Stream.concat(Addressees.heads().stream(),
                    WordList.read(Parties.class, "acting-nouns.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)))
            .filter(w -> !w.contains(" ") && w.length() > 1).distinct().toList();
    /** The article and what follows it. */
    private static final Pattern ARTICLED = CaseFold.compile("^(?i:de|het)\\s+(?<rest>.+)$");
    /**
     * Nouns of persons by their ending: "-er(s)" after a consonant (aanvrager, opdrachtnemer; not "vervoer"), "-aar" (eigenaar), "-eur" (inspecteur),
     * "-ant"/"-ent" (fabrikant, cliënt), "-ist", "-ier" (leverancier), "-man"; nominalised adjectives of persons
     * ("inhoudingsplichtige", "betrokkene", "belanghebbende", "gemachtigde", "gedeputeerde").
     */
    private static final Pattern PERSON_NOUN = Pattern.compile(
            "\\p{L}{2,}(?:(?<![aeiouy])ers?|aars?|aren|eurs?|ants?|anten|ents?|enten|isten|ist|iers?|man|mannen|ige|igen|kene|kenen|ende|enden|igde|igden|eerde|eerden)");

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
        for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (!word.isEmpty() && (PERSON_NOUN.matcher(word).matches() || isPartyNoun(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPartyNoun(String word) {
        for (String noun : NOUNS) {
            if (word.equals(noun) || noun.length() >= 4 && word.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }
}
