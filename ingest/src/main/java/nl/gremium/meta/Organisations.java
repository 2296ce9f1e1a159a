package nl.gremium.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gremium.text.CaseFold;
import nl.gremium.text.Whitespace;
import nl.gremium.text.WordList;

/**
 * Names of issuing organisations in Dutch public-sector text: "Veiligheidsregio IJsselland", "Ministerie van
 * Justitie en Veiligheid", "Inspectie Justitie en Veiligheid", "Gemeente Zwolle", "Veiligheidsberaad", …
 * and the signatures that imply one ("De Minister van Justitie en Veiligheid" → the ministry). "de gemeente Zwolle" in
 * lower case is left out on purpose: running text mentions neighbours and partners that way, not the issuer.
 */
public final class Organisations {
    private static final String NAME = "\\p{Lu}[\\p{L}&'’-]*";
    /** Names of ministries and inspectorates join their words with "en", "van", "voor" or commas. */
    private static final String TAIL = "(?:(?:,| en| voor| van(?: het| de)?)? (?:Zaken|(?<=(?:,| en| voor| van| het| de) )" + NAME
            // an adjective's noun: "Ruimtelijke Ordening", "Sociale Zaken"
            + "|(?<=(?:lijke|ische|landse|ale|ele) )" + NAME + "))*";
    /** Whom a letter goes to, after "aan (de)": "Gemeente Utrecht aan de Minister …" names no place "Utrecht aan de Minister". */
    private static final String ADDRESSED = "(?:Minister|Staatssecretaris|Raad|Staten|Provinciale|Gedeputeerde|Nederlandse|Tweede|Eerste"
            + "|Gemeente|Provincie|Voorzitter|Directeur|Burgemeester|Inspectie|Algemene|Stichting|Vereniging|Commissie|Kamer)\\b";
    /**
     * Place and region names: one word, compass suffixes ("Noord-Holland Noord"), "Gooi en Vechtstreek", "Den Haag",
     * "Hollands Kroon", "'s-Hertogenbosch", "Bergen op Zoom", "Alphen aan den Rijn", "Oss Noord", and the regions joint
     * bodies are named after ("Omgevingsdienst Regio Utrecht", "GGD Regio Twente").
     */
    private static final String PLACE = "(?:Den |De |Hollands |Regio |['’]s-)?" + NAME
            // "Nuenen, Gerwen en Nederwetten", "Amstel, Gooi en Vecht": three names in one
            + "(?: (?:Noord|Zuid|Oost|West|Midden)(?![\\p{L}-])|(?:, " + NAME + ")? (?:en|aan|op|aan de|aan den) (?!" + ADDRESSED + ")" + NAME + ")?";
    /**
     * Address, letterhead and title words that end a name the next line was glued to ("… Heuvelland Postbus 10", "…
     * Statengriffie", "Gemeenteraad Lemmerveld Verslag raadsvergadering …").
     */
    static final String ADDRESS_WORDS = "(?:Postbus|Datum|Kenmerk|Onderwerp|Betreft|Telefoon|Aan|Bezoekadres|Postadres"
            + "|Statengriffie|Raadsgriffie|Griffie|Provinciehuis|Stadhuis|Gemeentehuis"
            + "|Verslag|Notulen|Besluitenlijst|Agenda|Raadsvoorstel|Statenvoorstel|Motie|Amendement)\\b";
    /** Agencies issuing under their own name ({@code agencies.txt}), as alternatives of one regex. */
    private static final List<String> AGENCY_NAMES = WordList.read(Organisations.class, "agencies.txt");
    private static final String AGENCIES = AGENCY_NAMES.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    private static final List<String> MINISTRIES = WordList.read(Organisations.class, "ministries.txt");
    /** "minister voor Rechtsbescherming" → the ministry the post sits in ({@code minister-posts.txt}). */
    private static final Map<String, String> POSTS = WordList.read(Organisations.class, "minister-posts.txt").stream()
            .map(l -> l.split("\t", 2)).collect(Collectors.toUnmodifiableMap(a -> a[0], a -> a[1], (a, b) -> a));
    // Each pattern below opens with a lookahead for the letters its names can start with: java.util.regex otherwise
    // tests the boundary and every alternative at each position of a whole document (same matches, less work).
    private static final Pattern MINISTER_FOR = CaseFold.compile(
            "(?iu)(?=[ms])\\b(?:minister|staatssecretaris)\\s+voor\\s+([\\p{L}-]+(?:,?\\s+(?:en\\s+)?[\\p{L}-]+){0,5})");
    private static final Pattern ORG = CaseFold.compile(
            "(?=[MmIiVGPWHORrNZBAK" + firstLetters(AGENCY_NAMES) + "])(?<![\\p{L}])(?:"
                    + "[Mm]inisterie van " + NAME + TAIL
                    // "Inspectie Openbare Orde en Veiligheid": an inspectorate's field may take two words before its "en"
                    + "|(?:Rijks)?[Ii]nspectie (?:(?:van|voor)(?: het| de)? )?" + NAME + "(?: (?!" + ADDRESS_WORDS + ")" + NAME + ")?" + TAIL
                    // a region named by adjectives (tried first): "Waterschap Brabantse Delta", "Waterschap Drents Overijsselse Delta"
                    + "|(?:Veiligheidsregio|Waterschap|Hoogheemraadschap|GGD|Omgevingsdienst) (?:De )?(?:\\p{Lu}\\p{L}*(?:se|sche|s) ){1,2}" + NAME
                    // "Hoogheemraadschap van Schieland en de Krimpenerwaard"
                    + "|Hoogheemraadschap(?: van)? " + PLACE + "(?: en de (?!" + ADDRESSED + "|Veiligheidsregio|Waterschap)" + NAME + ")?"
                    // a water board named by two nouns of its landscape: "Waterschap Zeven Polders", "Waterschap De Linge Stromen"
                    + "|(?:Waterschap|Wetterskip) (?:De )?" + NAME + " (?!" + ADDRESS_WORDS + "|" + ADDRESSED + ")" + NAME
                    + "|(?:Veiligheidsregio|Gemeente|Provincie|Waterschap|Wetterskip|GGD"
                    + "|Omgevingsdienst|Regionale [Uu]itvoeringsdienst) " + PLACE
                    // a joint body names its field or its area in up to three words: "Gemeenschappelijke Regeling Sociaal
                    // Domein Zeeveld", "Metropoolregio Rotterdam Den Haag"
                    + "|(?:Metropoolregio|Vervoerregio|Recreatieschap|Werkvoorzieningschap|Afvalschap|Plassenschap|Havenschap"
                    + "|Werkbedrijf|Belastingsamenwerking"
                    + "|Gemeenschappelijke [Rr]egeling) " + PLACE + "(?: (?:Den |De )?(?!" + ADDRESS_WORDS + ")" + NAME + "){0,2}"
                    // "Rekenkamercommissie Gemeente Zwolle", "Rekenkamer van de gemeente Ede": the place, not the word "Gemeente"
                    // a joint one names its area in two words ("Rekenkamer Metropool Amsterdam")
                    // also in lower case, as a sentence or a signature names it ("De rekenkamercommissie Heuvelland,")
                    + "|[Rr]ekenkamer(?:commissie)? (?:(?:van (?:de )?)?[Gg]emeente )?(?:" + NAME + " )?" + PLACE
                    + "|(?:Randstedelijke|Noordelijke|Zuidelijke) Rekenkamer"
                    // a local ombudsman issues its own reports: "Gemeentelijke Ombudsman Utrecht", "Ombudsman Rotterdam-Rijnmond"
                    + "|(?:Gemeentelijke |Regionale )?Ombuds(?:man|vrouw|commissie) (?:Metropool )?" + PLACE + "|Kinderombudsman"
                    + "|" + AGENCIES
                    + "|Veiligheidsberaad|Nederlands Instituut Publieke Veiligheid|Brandweer Nederland"
                    + "|Vereniging van Nederlandse Gemeenten|Nationaal Coördinator Terrorismebestrijding en Veiligheid"
                    + "|Raad van State|Algemene Rekenkamer|Nationale ombudsman"
                    + ")(?![\\p{L}])");
    /** Organisations that have a general and an executive board of their own and issue its paperwork. */
    private static final Pattern REGIONAL = CaseFold.compile(
            "^(?:Veiligheidsregio|Gemeente|Provincie|Waterschap|Wetterskip|Hoogheemraadschap|GGD|Omgevingsdienst|Regionale [Uu]itvoeringsdienst"
                    + "|Metropoolregio|Vervoerregio|Recreatieschap|Werkvoorzieningschap|Belastingsamenwerking|Gemeenschappelijke [Rr]egeling) .*");
    /** A minister or state secretary signs for the ministry. */
    private static final Pattern MINISTER = CaseFold.compile(
            "(?=[DdMmSs])\\b(?:[Dd]e )?(?:[Mm]inister|[Ss]taatssecretaris|MINISTER) van (" + "\\p{Lu}[\\p{L}-]*" + TAIL + ")");
    /**
     * An inspectorate's head signing, mostly in the minister's name ("…, namens deze, de inspecteur-generaal Gezondheidszorg
     * en Jeugd", "De inspecteur-generaal van het Onderwijs"): the inspectorate issues the letter. A name in capitals, as
     * scans print it, is left to the minister's office (its capitals and OCR damage would be the name).
     */
    private static final Pattern INSPECTOR_GENERAL = Pattern.compile("(?iu:\\binspecteur-generaal)\\s+(?<rest>(?:van\\s+(?<art>het|de)\\s+)?"
            + "(?<name>\\p{Lu}\\p{Ll}{3,}(?:,?\\s+(?:en\\s+)?\\p{Lu}[\\p{Ll}-]*){0,3}).*)");
    private static final Pattern SHOUTED_OFFICE = Pattern.compile("\\b(?:DE\\s+)?(?:MINISTER|STAATSSECRETARIS)(?:\\s+[\\p{Lu}&'’-]+,?)+");
    /** Words a name must not swallow when the next line was glued on. */
    private static final Pattern STOP_WORDS = CaseFold.compile(" (?:" + ADDRESS_WORDS + "|T\\.a\\.v\\.).*$");

    private Organisations() {}

    /** The first letters of {@code names}, escaped for a character class. */
    private static String firstLetters(List<String> names) {
        return names.stream().map(n -> String.format(Locale.ROOT, "\\x{%x}", n.codePointAt(0))).distinct()
                .collect(Collectors.joining());
    }

    /** All organisation names mentioned in {@code text}, in order, with a capital first letter. */
    public static List<String> mentions(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = ORG.matcher(text);
        while (m.find()) {
            // a ministry cut at a line end ("Ministerie van Volksgezondheid") by its full listed name
            String name = tidy(m.group());
            out.add(name.startsWith("Ministerie van ") ? ministry(name).orElse(name) : longerPlace(name, text, m.start()));
        }
        Matcher minister = MINISTER.matcher(text);
        while (minister.find()) {
            String name = "Ministerie van " + tidy(minister.group(1));
            out.add(ministry(name).or(() -> listedStart(name)).orElse(name));
        }
        Matcher post = MINISTER_FOR.matcher(text);
        while (post.find()) {
            ministryOfPost(post.group(1)).ifPresent(out::add);
        }
        return out;
    }

    /** A word in capitals long enough to be a name, not an acronym ("WESTERKREEK", "OOSTERWOLDE-VEEN"; not "GGD"). */
    private static final Pattern SHOUTED_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{4,}(?:-\\p{Lu}{2,})*(?![\\p{L}\\d])");
    private static final Pattern SHOUTED_SMALL = Pattern.compile("(?<![\\p{L}\\d])(?:VAN|DE|DEN|DER|HET|EN|VOOR|OP|AAN|TE)(?![\\p{L}\\d])");

    /**
     * Words in capitals as a name is written ("MINISTER VAN FINANCIEN" → "Minister van Financien", "GEMEENTE
     * OOSTERWOLDE-VEEN" → "Gemeente Oosterwolde-Veen"); acronyms ("GGD", "BZK") and other words stay as they are. A
     * letterhead or cover line set in capitals is read for names through this.
     */
    static String unshouted(String text) {
        if (!SHOUTED_WORD.matcher(text).find()) {
            return text;
        }
        String small = SHOUTED_SMALL.matcher(rejoined(text)).replaceAll(r -> r.group().toLowerCase(Locale.ROOT));
        return SHOUTED_WORD.matcher(small).replaceAll(r -> capitalised(r.group()));
    }

    /** The kinds of issuer a letterhead in spaced capitals names. */
    private static final List<String> KIND_WORDS = List.of("REKENKAMER", "REKENKAMERCOMMISSIE", "GEMEENTE", "PROVINCIE", "WATERSCHAP",
            "VEILIGHEIDSREGIO", "INSPECTIE", "MINISTERIE", "OMGEVINGSDIENST", "HOOGHEEMRAADSCHAP");

    /**
     * A letterhead set in spaced capitals that the text layer cut inside a word ("REKENK AMER OOSTERHOVEN"): the pieces that
     * make up the issuer's kind joined again.
     */
    private static String rejoined(String text) {
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            int joinTo = -1;
            StringBuilder joined = new StringBuilder(words[i]);
            for (int j = i + 1; j < Math.min(words.length, i + 3) && joinTo < 0; j++) {
                joined.append(words[j]);
                joinTo = KIND_WORDS.contains(joined.toString()) ? j : -1;
            }
            out.append(out.length() > 0 ? " " : "").append(joinTo < 0 ? words[i] : joined);
            i = Math.max(i, joinTo);
        }
        return out.toString();
    }

    /** "OOSTERWOLDE-VEEN" as "Oosterwolde-Veen": each part of the word capitalised. */
    private static String capitalised(String word) {
        StringBuilder out = new StringBuilder();
        for (String part : word.toLowerCase(Locale.ROOT).split("-", -1)) {
            out.append(out.length() > 0 ? "-" : "").append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }

    /**
     * A municipality or province whose listed name runs on past what {@link #PLACE} reads ("Gemeente Hof van Twente",
     * "Gemeente Stichtse Vecht", "Gemeente Land van Cuijk"): the longest listed name the words at {@code start} begin with.
     */
    private static String longerPlace(String name, String text, int start) {
        String[] kindAndRest = name.split(" ", 2);
        String kind = kindAndRest[0].toLowerCase(Locale.ROOT);
        if (!kind.equals("gemeente") && !kind.equals("provincie")) {
            return name;
        }
        int lineEnd = text.indexOf('\n', start);
        String[] words = text.substring(start, lineEnd < 0 ? text.length() : lineEnd).split("\\s+", 7);
        String following = String.join(" ", Arrays.asList(words).subList(1, Math.min(words.length, 6)));
        return Places.leading(kind, following).filter(p -> p.length() > name.length()).orElse(name);
    }

    /** The listed ministry {@code name} is, or the one it is the start of when only one is ("Ministerie van Defensie"). */
    static Optional<String> ministry(String name) {
        if (MINISTRIES.contains(name)) {
            return Optional.of(name);
        }
        List<String> longer = MINISTRIES.stream().filter(m -> m.startsWith(name + " ") || m.startsWith(name + ",")).toList();
        return longer.size() == 1 ? Optional.of(longer.get(0)) : Optional.empty();
    }

    /**
     * The listed ministry a name starts with, where the office ran on into the next words ("De minister van
     * Buitenlandse Zaken, Namens deze," reads "… Buitenlandse Zaken, Namens").
     */
    private static Optional<String> listedStart(String name) {
        return MINISTRIES.stream().filter(m -> name.startsWith(m + ",") || name.startsWith(m + " "))
                .max(Comparator.comparingInt(String::length));
    }

    /** The ministry of "minister voor Primair en Voortgezet Onderwijs": the longest listed post the words start with. */
    private static Optional<String> ministryOfPost(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return POSTS.entrySet().stream().filter(e -> w.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue);
    }

    /** The organisation implied by a signature line, if any ("De Minister van X" → "Ministerie van X"). */
    public static Optional<String> fromSignature(String signature) {
        // "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT namens deze,": the office as the names are written
        Matcher shouted = SHOUTED_OFFICE.matcher(signature);
        String line = shouted.find() ? signature.substring(0, shouted.start()) + unshouted(shouted.group())
                + signature.substring(shouted.end()) : signature;
        Matcher inspector = INSPECTOR_GENERAL.matcher(line);
        if (inspector.find()) {
            // "van de Nederlandse Voedsel- en Warenautoriteit" names its organisation in full
            List<String> named = mentions(inspector.group("rest"));
            return Optional.of(!named.isEmpty() ? named.get(0)
                    : "Inspectie " + (inspector.group("art") != null ? "van " + inspector.group("art") + " " : "") + inspector.group("name"));
        }
        Matcher minister = MINISTER.matcher(line);
        if (minister.find()) {
            // a ministry the list knows, in full ("… Binnenlandse Zaken" cut at the line end); a garbled one is none
            return ministry("Ministerie van " + tidy(minister.group(1)));
        }
        Matcher post = MINISTER_FOR.matcher(line);
        if (post.find() && ministryOfPost(post.group(1)).isPresent()) {
            return ministryOfPost(post.group(1));
        }
        List<String> named = mentions(line);
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
    }

    /**
     * A firm's name opening a signature line ("Accountants & Adviseurs Noordkwartier drs. M. de Vries RA"): capitalised
     * words up to the signer's title or initials, one of them saying what the firm does. Only a signature is read this
     * way: in running text such names are the subject of a decision, not its issuer.
     */
    private static final Pattern FIRM = CaseFold.compile("^(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|&|en|van|de|der)){0,6}?)"
            // a legal form ("Accountants N.V.") is part of the name, not the signer's initials
            + "\\s*(?:$|,|\\s+(?:drs|mr|dr|ir|ing|prof)\\.|\\s+(?!(?:N\\.V|B\\.V|C\\.V|V\\.O\\.F)\\.)\\p{Lu}\\.)");
    private static final Pattern FIRM_WORD = CaseFold.compile(
            "\\b(?:Accountants?|Accountancy|Registeraccountants|Audit|Auditors|Adviseurs|Consultancy|Consultants)\\b");

    /** The firm a signature line names first, if it is one ({@link #FIRM}). */
    public static Optional<String> firm(String line) {
        Matcher m = FIRM.matcher(line);
        return m.find() && FIRM_WORD.matcher(m.group("name")).find() ? Optional.of(m.group("name")) : Optional.empty();
    }

    /**
     * The organisation a signature line opens with before its signer's title or initials ("Algemene Rekenkamer drs. A.P.
     * Visser, president"): a letter may sign this way without any closing formula. The name must be one the list
     * knows as a whole, so a sentence that merely starts with an organisation is not read as a signature.
     */
    public static Optional<String> signingBefore(String line) {
        Matcher m = FIRM.matcher(line);
        if (!m.find() || m.end("name") == line.length() || line.charAt(m.end("name")) == ',') {
            return Optional.empty();
        }
        String name = m.group("name");
        return mentions(name).stream().filter(name::equalsIgnoreCase).findFirst();
    }

    /** True for organisations that run their own boards (safety regions, municipalities, provinces, …). */
    public static boolean hasBoards(String name) {
        return REGIONAL.matcher(name).matches();
    }

    /** The most frequent name (ties: the first mentioned); abbreviated forms count for their full form. */
    public static Optional<String> mostFrequent(List<String> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String m : mentions) {
            counts.merge(expand(m, mentions), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }

    /**
     * The full form of an abbreviated name when the text also has it: "Inspectie JenV" → "Inspectie Justitie en
     * Veiligheid" (same first word, and the abbreviation's capitals are the initials of the full form's words).
     */
    public static String expand(String name, List<String> all) {
        String[] w = name.split(" ", 2);
        if (w.length < 2 || w[1].contains(" ")) {
            return name;
        }
        String capitals = w[1].replaceAll("[^\\p{Lu}]", "");
        for (String other : all) {
            String[] o = other.split(" ", 2);
            if (o.length == 2 && o[0].equalsIgnoreCase(w[0]) && !other.equals(name) && capitals.length() >= 2
                    && capitals.equals(initials(o[1]))) {
                return other;
            }
        }
        return name;
    }

    private static String initials(String words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                sb.append(word.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String tidy(String name) {
        String t = STOP_WORDS.matcher(Whitespace.normalize(name)).replaceAll("");
        t = t.replaceAll("[,\\s-]+$", "");
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
