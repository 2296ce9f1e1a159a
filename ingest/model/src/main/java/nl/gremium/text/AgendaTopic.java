package nl.gremium.text;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The topic of an agenda title: lower case without accents, numbers, dates, bracketed remarks and filler
 * words, so "Verslag dagelijks bestuur 12 juni 2025" and "Verslag dagelijks bestuur 2 juli 2025" are one
 * topic. Shared by the recurring-topics job and the dossiers, so both group agenda items alike.
 */
public final class AgendaTopic {
    private static final Set<String> MONTHS = Set.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december", "jan", "feb", "febr", "mrt", "apr", "jun",
            "jul", "aug", "sep", "sept", "okt", "nov", "dec");
    private static final Set<String> FILLER = Set.of("de", "het", "een", "en", "van", "over", "op", "in", "te", "ter",
            "voor", "met", "aan", "tot", "bij");
    /** Words of the fixed items every meeting has (opening, minutes of the last one, questions): no dossier topic. */
    private static final Set<String> PROCEDURAL = Set.of("opening", "sluiting", "rondvraag", "mededelingen", "mededeling",
            "vaststelling", "vaststellen", "agenda", "verslag", "verslagen", "notulen", "besluitenlijst", "actielijst",
            "ingekomen", "uitgaande", "stukken", "toezeggingen", "lijst", "vorige", "vergadering", "afsluiting",
            "welkom", "spreekrecht", "insprekers", "ter", "kennisname", "kennisgeving", "besluitvorming", "bespreking", "bespreekpunten",
            "hamerstukken", "hamerstuk", "verzonden", "overige", "informatie", "algemeen", "dagelijks", "bestuur",
            "raad", "commissie", "wvttk", "conceptverslag", "concept");

    private AgendaTopic() {}

    /** The topic of a title, "" for a title of only numbers, dates and filler. */
    public static String of(String title) {
        if (title == null) {
            return "";
        }
        String t = Folding.fold(title).replaceAll("\\([^)]*\\)", " ");
        return Arrays.stream(t.split("[^\\p{L}]+")).filter(w -> w.length() > 1)
                .filter(w -> !MONTHS.contains(w) && !FILLER.contains(w)).collect(Collectors.joining(" "));
    }

    /** True when the topic is made only of the words of fixed meeting items ("opening", "verslag vorige vergadering"). */
    public static boolean procedural(String topic) {
        return topic.isBlank() || Arrays.stream(topic.split(" ")).allMatch(PROCEDURAL::contains);
    }
}
