package nl.gremium.analytics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.text.Folding;
import nl.gremium.text.Whitespace;

/**
 * Decides whether a passage of a later document follows up a recommendation's report, and what
 * status it supports. A recommendation is identified by the distinctive words of its report's
 * title (the report title the tagger found, the document's title and its file name together, since
 * any one of them may be a section heading or missing), its issuer and its theme (the tagged theme,
 * or without one the lead of the recommendation itself: "Versterk bovenregionale oefeningen") (Dutch function words and words every board paper uses are
 * ignored). A passage refers to the report when it names two title words (or the only one), or
 * names the issuer (its first distinctive word: "de Inspectie" for "Inspectie Justitie en
 * Veiligheid") together with a title or theme word; for the latter a word may also share a
 * six-letter stem with a compound ("crisisbeheersing" ~ "crisisorganisatie"), because Dutch
 * compounds vary while the issuer keeps the match specific.
 * <p>What the passage supports: {@code not_adopted} when it declines the recommendation, by its number or all of the
 * report's ("aanbeveling 5 niet over te nemen", {@link AdoptionClauses}), unless its own subject is stated done;
 * {@code in_progress} when it takes it over; a passage deciding on other numbered recommendations only says nothing
 * of this one. Otherwise, when a sentence on the recommendation's own subject (a theme word or its number)
 * carries a status ("Continuïteitsplannen: afgerond.", "Noodstroom: loopt.", "zijn uitgevoerd"),
 * that status, so a progress note on several recommendations is read per recommendation;
 * otherwise {@code closed} when a sentence about the report states it was implemented ("zijn
 * uitgevoerd", "is afgerond"); {@code in_progress} for decisions and actions (unless they only take note of the
 * report, schedule or forward it: "besluit kennis te nemen van het rapport", "te agenderen") and for passages that
 * decide on or act upon it ("actiepunten", "in te stemmen"; taking note of it, "neemt kennis van", is no follow-up);
 * otherwise {@code open} (only mentioned, e.g. listed as incoming).
 */
public final class FollowUpMatcher implements Serializable {
    static final int STEM = 6;
    private static final int SNIPPET = 300;

    private static final Set<String> STOP = Set.copyOf(Arrays.asList( // copyOf: repeats are harmless
            // function words
            "aan", "alle", "als", "andere", "bij", "dan", "dat", "deze", "die", "dit", "door", "een", "eigen", "en",
            "er", "geen", "haar", "heeft", "hebben", "het", "hun", "kan", "kunnen", "maar", "meer", "met", "moet",
            "moeten", "naar", "niet", "nog", "onze", "ook", "over", "tot", "uit", "van", "voor", "waar", "wat", "wel",
            "werd", "wordt", "worden", "zal", "zijn", "zich", "zoals", "zullen", "binnen", "tussen", "onder", "omdat",
            "hierbij", "daarbij", "inzake", "betreft", "vanuit", "gaat",
            // words every board paper uses: they say nothing about which report is meant
            "rapport", "rapportage", "brief", "aanbeveling", "aanbevelingen", "bijlage", "veiligheidsregio",
            "veiligheidsregios", "regio", "regios", "bestuur", "besturen", "algemeen", "dagelijks", "minister",
            "ministerie", "staatssecretaris", "gemeente", "gemeenten", "veiligheid", "onderzoek", "toezicht",
            "jaar", "vergadering", "verslag", "voorstel", "besluit", "kennis", "nederland", "landelijk",
            "landelijke", "organisatie", "versie", "concept", "definitief", "datum", "kenmerk", "onderwerp",
            // document-structure words: a section heading taken for a title must not match every report
            "inleiding", "voorwoord", "samenvatting", "conclusie", "conclusies", "bevindingen", "analyse", "thema",
            "themas", "deel", "hoofdstuk", "paragraaf", "aanleiding", "bijlagen", "agendapunt", "informatie",
            "pagina", "zorg", "zorgen", "ervoor", "alsnog", "expliciet", "meer",
            // month names: a date in a title ("… van 14 september 2021") names no subject, and every later
            // letter has dates of its own
            "januari", "februari", "maart", "april", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
            // imperatives that open recommendations
            "komt", "komen", "geef", "houd", "stel", "neem", "maak", "bezie"));

    /** Done in part only: "zijn deels uitgevoerd", "is gedeeltelijk opgevolgd". */
    private static final String PARTLY = "(?:deels|gedeeltelijk|grotendeels)\\s+(?:uitgevoerd|opgevolgd|afgerond|gerealiseerd|geimplementeerd)";
    private static final Pattern CLOSED = Pattern.compile(
            "\\b(is|zijn|werd|werden|heeft|hebben)\\s+((?!niet\\b|nog\\b|deels\\b|gedeeltelijk\\b|grotendeels\\b)\\p{L}+\\s+){0,4}?"
                    + "(geimplementeerd|uitgevoerd|afgerond|gerealiseerd|opgevolgd|ingevoerd|doorgevoerd|afgehandeld)\\b");
    /** Doing something with the report or its recommendations (a decision alone may only take note of it). */
    private static final String ACTS =
            // taking note of a report ("neemt kennis van het rapport") does nothing with its recommendations: no cue here
            "\\bstemt in\\b|\\bin te stemmen\\b|\\bingestemd\\b|\\bactiepunt|\\bplan van aanpak\\b"
                    + "|\\bverbeterplan|\\buitvoering\\b|\\bwordt uitgevoerd\\b|\\bopgepakt\\b|\\boppakken\\b"
                    + "|\\baan de slag\\b|\\bimplementatie\\b|\\bvoorgesteld\\b|\\bover te nemen\\b|\\bovergenomen\\b"
                    // work begun on it: "het kwartaaloverleg is gestart", "het beleidsplan is in voorbereiding"
                    + "|\\b(?:is|zijn|wordt|worden)\\s+(?:(?!niet\\b|nog\\b)\\p{L}+\\s+){0,2}?(?:gestart|in voorbereiding|in gang gezet)\\b"
                    + "|\\b" + PARTLY + "\\b";
    private static final Pattern ACTS_ON = Pattern.compile(ACTS);
    private static final Pattern IN_PROGRESS = Pattern.compile("\\bbesluit\\b|\\bbesloten\\b|" + ACTS);
    /** Taking note of a report, scheduling or forwarding it: nothing is done with its recommendations yet. */
    private static final Pattern TAKES_NOTE = Pattern.compile("\\bkennis\\s+te\\s+nemen\\b|\\b(?:neemt|nemen|nam|namen)\\b.{0,60}?"
            + "\\bkennis\\b|\\bkennisgenomen\\b|\\bkennisnemen\\b|\\bter\\s+kennisname\\b|\\bvoor\\s+kennisgeving\\b"
            + "|\\bte\\s+agenderen\\b|\\bgeagendeerd\\b|\\bagendeert\\b|\\bter\\s+bespreking\\b|\\bdoor\\s+te\\s+geleiden\\b"
            + "|\\bdoorgeleid\\b|\\bdoorgestuurd\\b|\\bter\\s+informatie\\b");
    /** A progress report's status label: "Continuïteitsplannen: afgerond." / "Noodstroom: loopt." */
    private static final Pattern LABEL_CLOSED = Pattern.compile(
            ":\\s*(afgerond|gereed|uitgevoerd|opgevolgd|gerealiseerd|voltooid|geimplementeerd)\\b"
                    // or the line under its label says what was done: "Huisartsen: de afspraken zijn gemaakt …"
                    + "|^[^:]{2,60}:[^.]*?\\b(?:is|zijn)\\s+(?:(?!niet\\b|nog\\b)\\p{L}+\\s+){0,3}?"
                    + "(?:gemaakt|vastgelegd|opgesteld|vastgesteld|getroffen|ingericht|verzonden|gesloten)\\b");
    private static final Pattern LABEL_PROGRESS = Pattern.compile(
            ":\\s*(loopt|lopend|in uitvoering|gestart|in voorbereiding|in behandeling|" + PARTLY + ")\\b"
                    // or what is being done: "Contracten: de indicatoren worden opgenomen in de contracten van 2025."
                    + "|^[^:]{2,60}:[^.]*?\\b(?:wordt|worden)\\s+(?:(?!niet\\b|nog\\b)\\p{L}+\\s+){0,4}?"
                    + "(?:opgenomen|uitgewerkt|voorbereid|ontwikkeld|aangepast|opgesteld|ingericht)\\b");
    /** A progress label that says nothing has been done yet: "Vroegsignalering: niet gestart." */
    private static final Pattern LABEL_OPEN = Pattern.compile(
            ":\\s*(?:nog\\s+)?(?:niet\\s+gestart|open|niet\\s+uitgevoerd|niet\\s+opgepakt|niet\\s+opgevolgd|nog\\s+te\\s+starten)\\b");
    /** A table cell that is a status, by itself or explained: "Afgerond", "In uitvoering", "Uitgevoerd: de begroting …". */
    private static final Pattern STATUS_CELL = Pattern.compile(
            "(?:nog\\s+)?(?:afgerond|gereed|uitgevoerd|opgevolgd|gerealiseerd|voltooid|geimplementeerd|loopt|lopend|in\\s+uitvoering"
                    + "|gestart|in\\s+voorbereiding|in\\s+behandeling|niet\\s+gestart|open|niet\\s+uitgevoerd|niet\\s+opgepakt"
                    + "|niet\\s+opgevolgd|" + PARTLY + ")(?:[.:;]\\s.*|\\.)?");
    /** A table cell saying whether the board took the row's recommendation over: "Overgenomen", "Niet overgenomen". */
    private static final Pattern ADOPTION_CELL = Pattern.compile("(niet\\s+)?(?:(?:deels|gedeeltelijk)\\s+)?overgenomen\\.?");
    /** A line of a progress note that opens with its subject: "Beleidsplan jeugd: het concept is in voorbereiding." */
    private static final Pattern SUBJECT_LABEL = Pattern.compile("^[\\p{L}][\\p{L} -]{2,60}:\\s+\\S");
    /** A recommendation's opening label naming its addressee: "Aan de minister:", "Provinciale Staten:". */
    private static final Pattern ADDRESSEE_LABEL = Pattern.compile("^(?:[Aa]an\\s+[^:.;]{2,60}"
            + "|\\p{Lu}[\\p{L}'-]*(?:\\s+(?:\\p{Lu}[\\p{L}'-]*|de|het|van|en)){0,5}):\\s+(?=\\p{L})");
    private static final Pattern REPORT_WORD = Pattern.compile(
            "\\b(\\p{L}*rapport\\p{L}*|onderzoek\\p{L}*|aanbeveling\\p{L}*|evaluatie\\p{L}*|advies|brief)\\b");
    /**
     * One recommendation as the subject ("Deze aanbeveling is daarmee uitgevoerd.", "Aanbeveling 5 is opgevolgd."):
     * what the sentence says holds for that one, not for every recommendation of the report.
     */
    private static final Pattern ONE_RECOMMENDATION = Pattern.compile("\\baanbeveling\\b");
    private static final Pattern ALL_RECOMMENDATIONS = Pattern.compile("\\baanbevelingen\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private FollowUpMatcher() {}

    /** The words that identify one recommendation's report; {@code title} from the report title or document title. */
    public record ReportTerms(Set<String> title, Set<String> issuer, Set<String> theme, String number,
                              Map<String, String> themeForms) implements Serializable {
        /** @param theme its words are also looked up in their plural and singular ("subsidiebeschikking(en)") */
        public ReportTerms(Set<String> title, Set<String> issuer, Set<String> theme, String number) {
            this(title, issuer, theme, number, forms(theme));
        }

        /** The same terms for the recommendation numbered so in its report ("3", "3." and "3)" alike). */
        public ReportTerms numbered(String n) {
            return new ReportTerms(title, issuer, theme, rowNumber(n), themeForms);
        }

        /** Whether the tokens hold a subject word of the recommendation, singular or plural. */
        boolean onSubject(Set<String> tokens) {
            if (tokens.size() < themeForms.size()) {
                for (String w : tokens) {
                    if (themeForms.containsKey(w)) {
                        return true;
                    }
                }
                return false;
            }
            for (String form : themeForms.keySet()) {
                if (tokens.contains(form)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * How many of the recommendation's subject words the tokens hold. This runs for every sentence and table row a
         * recommendation is compared with: it looks up from the smaller side and allocates only on a hit.
         */
        int overlap(Set<String> tokens) {
            Set<String> hit = null;
            if (tokens.size() < themeForms.size()) {
                for (String w : tokens) {
                    String t = themeForms.get(w);
                    if (t != null) {
                        hit = hit == null ? new HashSet<>() : hit;
                        hit.add(t);
                    }
                }
            } else {
                for (Map.Entry<String, String> e : themeForms.entrySet()) {
                    if (tokens.contains(e.getKey())) {
                        hit = hit == null ? new HashSet<>() : hit;
                        hit.add(e.getValue());
                    }
                }
            }
            return hit == null ? 0 : hit.size();
        }

        /** Each subject word under itself, its plural in -en and -s, and its singular without -en. */
        private static Map<String, String> forms(Set<String> theme) {
            Map<String, String> out = new HashMap<>();
            for (String t : theme) {
                out.put(t, t);
            }
            for (String t : theme) {
                out.putIfAbsent(t + "en", t);
                out.putIfAbsent(t + "s", t);
                if (t.endsWith("en")) {
                    out.putIfAbsent(t.substring(0, t.length() - 2), t);
                }
            }
            return Map.copyOf(out);
        }

        /** The issuer's first distinctive word ("inspectie"), or null without an issuer. */
        public String issuerHead() {
            return issuer.isEmpty() ? null : issuer.iterator().next();
        }

        /** Join keys (six-letter stems) under which a passage sharing any term can be found. */
        public List<String> keys() {
            Set<String> k = new LinkedHashSet<>();
            for (Set<String> s : List.of(title, issuer, theme)) {
                k.addAll(stems(s));
            }
            return List.copyOf(k);
        }

        /** The join keys of the report's title terms only. */
        public Set<String> titleKeys() {
            return stems(title);
        }

        /** The join keys of the issuer's terms only. */
        public Set<String> issuerKeys() {
            return stems(issuer);
        }

        private static Set<String> stems(Set<String> terms) {
            Set<String> out = new LinkedHashSet<>();
            terms.forEach(t -> out.add(stem(t)));
            return out;
        }
    }

    /** A passage that refers to the report. */
    public record Match(List<String> matched, RecommendationStatus suggests, String snippet, int score, String rule)
            implements Serializable {
        /** The same match held to a weaker status, for the reason given (a proposal, an undated paper, …). */
        Match atMostOpen(String why) {
            return suggests == RecommendationStatus.open ? this
                    : new Match(matched, RecommendationStatus.open, snippet, score, why);
        }
    }

    /** The rules a status can come from, cited with each piece of evidence. */
    static final String RULE_OWN_SUBJECT = "a sentence on the recommendation's own subject states its progress";
    static final String RULE_IMPLEMENTED = "a sentence about the report states it was implemented";
    static final String RULE_DECIDED = "a decision or action point on the report";
    static final String RULE_ACTED = "the board takes note of, decides on or acts upon the report";
    static final String RULE_MENTION = "the report is only mentioned";
    static final String RULE_NOTED = "the board only takes note of the report, schedules or forwards it";
    static final String RULE_DECLINED = "the recommendation is declined (not taken over)";
    static final String RULE_ADOPTED = "the recommendation is taken over";
    static final String RULE_OTHERS = "the passage decides on other recommendations of the report";

    public static ReportTerms terms(String reportTitle, String docTitle, String fileName, String issuer, String theme,
                                    String text) {
        Set<String> issuerTerms = distinct(issuer);
        Set<String> titleTerms = distinct(reportTitle);
        titleTerms.addAll(distinct(docTitle));
        titleTerms.addAll(distinct(fileName == null ? null : fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "")));
        titleTerms.removeAll(issuerTerms); // "Rapport Inspectie JenV …": the issuer is not the subject
        Set<String> themeTerms = theme != null && !theme.isBlank() ? distinct(theme) : distinct(lead(text));
        themeTerms.removeAll(titleTerms);
        return new ReportTerms(titleTerms, issuerTerms, themeTerms, null);
    }

    /** The lead of a recommendation: up to its first colon or full stop, at most 12 words. */
    static String lead(String text) {
        if (text == null) {
            return null;
        }
        // "Gedeputeerde Staten: neem in elke beschikking op …", "Aan ProRail: breng …": a label naming whom is no
        // subject; the clause after it is
        String head = ADDRESSEE_LABEL.matcher(text).replaceFirst("").split("[:.;]", 2)[0];
        String[] words = head.trim().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 12)));
    }

    /** Join keys of a passage: the stems of its distinct tokens. */
    public static List<String> keys(String text) {
        Set<String> k = new LinkedHashSet<>();
        for (String t : tokens(text)) {
            k.add(stem(t));
        }
        return List.copyOf(k);
    }

    /** True when every distinctive word of the issuer occurs in the organisation's name (its own papers are no follow-up). */
    public static boolean issuedBy(String organisation, String issuer) {
        return issuedBy(nameWords(organisation), nameWords(issuer));
    }

    /** {@link #issuedBy(String, String)} on names already read with {@link #nameWords}, for callers that hold many. */
    public static boolean issuedBy(Set<String> organisationWords, Set<String> issuerWords) {
        return !issuerWords.isEmpty() && organisationWords.containsAll(issuerWords);
    }

    /**
     * Whether a passage naming the issuer's head word ("de rekenkamer", "de Inspectie") refers to this issuer: not in
     * the issuer's own paper, not where nearly every paper names that word, and not in a paper of another body of
     * the same kind ("Rekenkamer Metropool" speaking of "de rekenkamer" means itself, not "Rekenkamer Havenstad").
     */
    public static boolean issuerUsable(ReportTerms terms, String passageOrganisation, boolean ownPaper, Set<String> common) {
        String head = terms.issuerHead();
        return head != null && !ownPaper && !common.contains(stem(head)) && !nameWords(passageOrganisation).contains(head);
    }

    /** The words a name is compared on (none for null). */
    public static Set<String> nameWords(String name) {
        return name == null ? Set.of() : Set.copyOf(tokens(name));
    }

    /**
     * @param recordType   decision | action | agenda_item | document
     * @param issuerUsable false when naming the issuer proves nothing here: the passage is the issuer's own
     *                     paper, or the issuer is named in most documents (a board's own organisation)
     * @return the match, or empty when no sentence of the passage refers to the report
     */
    public static Optional<Match> match(ReportTerms terms, String text, String recordType, boolean issuerUsable) {
        return match(terms, sentences(text), recordType, issuerUsable);
    }

    /**
     * A passage's sentence, read once for every recommendation it is compared with: its words, and whether it
     * says something is under way or done, names a report or recommendations, or carries a status label.
     */
    public record Sentence(String text, String normalised, Set<String> tokens, boolean inProgress, boolean closed,
                           boolean reportWord, boolean aboutRecommendations, boolean labelClosed, boolean labelProgress,
                           boolean labelOpen, boolean aboutOne, boolean noteOnly, String row, boolean cells, Set<String> named,
                           List<AdoptionClauses.Verdict> verdicts)
            implements Serializable {
        static Sentence of(String text) {
            return of(text, null, false);
        }

        /**
         * @param row   the number a table row gives its recommendation ("2"), or null for prose
         * @param cells a table row's cells, read as one sentence
         */
        static Sentence of(String text, String row, boolean cells) {
            String n = normalise(text);
            return new Sentence(text, n, Set.copyOf(FollowUpMatcher.tokens(text)), IN_PROGRESS.matcher(n).find(), CLOSED.matcher(n).find(),
                    REPORT_WORD.matcher(n).find(), n.contains("aanbeveling") || n.contains("actiepunt"),
                    LABEL_CLOSED.matcher(n).find(), LABEL_PROGRESS.matcher(n).find(), LABEL_OPEN.matcher(n).find(),
                    ONE_RECOMMENDATION.matcher(n).find() && !ALL_RECOMMENDATIONS.matcher(n).find(),
                    TAKES_NOTE.matcher(n).find() && !ACTS_ON.matcher(n).find(), row, cells,
                    AdoptionClauses.named(n), AdoptionClauses.of(n));
        }

        /** Whether the sentence names recommendations by number, and not the one numbered so (null: unnumbered). */
        boolean namesOthers(String number) {
            return !named.isEmpty() && (number == null || !named.contains(number));
        }

        /**
         * What the sentence decides on this recommendation: TRUE taken over, FALSE declined, null nothing. A verdict
         * naming its number comes first, then one on a single recommendation that its clause shows to be this one ("met
         * uitzondering van de aanbeveling over de backoffice") or, without words of its own, that the sentence before
         * was about ({@code before}: "Deze aanbeveling nemen wij niet over."), or a table row's "Niet overgenomen" when
         * the row is this recommendation's ({@code ownRow}), then one on all of the report's.
         */
        Boolean verdictOn(ReportTerms terms, boolean before, boolean ownRow) {
            for (AdoptionClauses.Verdict v : verdicts) {
                if (terms.number() != null && v.numbers().contains(terms.number())) {
                    return v.adopted();
                }
            }
            for (AdoptionClauses.Verdict v : verdicts) {
                if (v.numbers().isEmpty() && !v.all() && (cells ? ownRow
                        : terms.onSubject(v.about()) || before && terms.overlap(tokens) == 0)) {
                    return v.adopted();
                }
            }
            for (AdoptionClauses.Verdict v : verdicts) {
                if (v.all()) { // "de aanbevelingen over te nemen, met uitzondering van aanbeveling 5"
                    return v.adopted();
                }
            }
            return null;
        }

        /**
         * A row of a progress table ("2 | Meetbare doelen | De doelen komen in de begroting. | In uitvoering"), read as the
         * progress line it stands for: its first text cell as the label, its status cell after the colon, the other cells
         * after that ("Meetbare doelen: In uitvoering. De doelen komen in de begroting."), and its number, if it opens
         * with one.
         */
        static Sentence ofRow(String line) {
            String[] cells = line.split("\t");
            String number = cells.length > 1 && ROW_NUMBER.matcher(cells[0].trim()).matches() ? rowNumber(cells[0]) : null;
            int status = -1;
            int description = -1;
            AdoptionClauses.Verdict taken = null;
            for (int i = number == null ? 0 : 1; i < cells.length; i++) {
                String cell = normalise(cells[i]).trim();
                Matcher adoption = ADOPTION_CELL.matcher(cell);
                if (STATUS_CELL.matcher(cell).matches()) {
                    status = i;
                } else if (adoption.matches()) { // "Niet overgenomen": about the row's own recommendation (see match)
                    taken = new AdoptionClauses.Verdict(Set.of(), false, adoption.group(1) == null, Set.of());
                } else if (description < 0 && letters(cells[i]) > 0) {
                    description = i; // the first text cell after the number names the recommendation
                }
            }
            if (status < 0 || description < 0) {
                // no status cell: not a progress table, so its number ("1 | Personeel | …") names no recommendation
                return of(Whitespace.normalize(line.replace('\t', ' ')), null, true).with(taken);
            }
            StringBuilder text = new StringBuilder(Whitespace.normalize(cells[description]).replaceAll("[.:;]+$", ""))
                    .append(": ").append(cells[status].trim().replaceFirst("[.:;]*$", ".")); // "Niet uitgevoerd." once
            for (int i = number == null ? 0 : 1; i < cells.length; i++) {
                if (i != status && i != description && !cells[i].isBlank()) {
                    text.append(' ').append(Whitespace.normalize(cells[i]));
                }
            }
            return of(text.toString(), number, true).with(taken);
        }

        /** The same sentence with one more verdict, first (none: itself). */
        private Sentence with(AdoptionClauses.Verdict v) {
            if (v == null) {
                return this;
            }
            List<AdoptionClauses.Verdict> all = new ArrayList<>(verdicts.size() + 1);
            all.add(v);
            all.addAll(verdicts);
            return new Sentence(text, normalised, tokens, inProgress, closed, reportWord, aboutRecommendations, labelClosed,
                    labelProgress, labelOpen, aboutOne, noteOnly, row, cells, named, List.copyOf(all));
        }
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    /** A table row's opening number: "3", "3.", "3)", "A2". */
    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:[A-Za-z]?\\d{1,3}[a-z]?)[.)]?$");

    /** A recommendation's number compared on its digits and letters only ("3." is "3"). */
    static String rowNumber(String n) {
        return n == null ? null : n.trim().replaceAll("[.)]+$", "").toLowerCase(Locale.ROOT);
    }

    /** The passage's sentences (split at sentence ends and line breaks). */
    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n+")) {
            if (line.indexOf('\t') >= 0) {
                out.add(Sentence.ofRow(line)); // a table row: its cells belong together
                continue;
            }
            for (String s : SENTENCE_END.split(line)) {
                String t = Whitespace.normalize(s);
                if (!t.isEmpty()) {
                    out.add(Sentence.of(t));
                }
            }
        }
        return out;
    }

    /**
     * Whether any sentence states how far recommendations are: done, a status label or cell, taken over or declined, or
     * recommendations named by number ("aanbeveling 1 is deels opgevolgd").
     */
    public static boolean statesProgress(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.closed() || s.labelClosed() || s.labelProgress() || s.labelOpen() || !s.verdicts().isEmpty()
                    || !s.named().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Join keys of a tokenised passage. */
    public static Set<String> keys(List<Sentence> sentences) {
        Set<String> k = new HashSet<>();
        for (Sentence s : sentences) {
            s.tokens().forEach(t -> k.add(stem(t)));
        }
        return k;
    }

    public static Optional<Match> match(ReportTerms terms, List<Sentence> sentences, String recordType,
                                        boolean issuerUsable) {
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        String head = issuerUsable ? terms.issuerHead() : null;
        int need = Math.min(2, terms.title().size());
        Set<String> matched = new LinkedHashSet<>();
        String best = null;
        int bestScore = -1;
        int bestShown = -1;
        String closed = null;
        String progress = null;
        RecommendationStatus own = null;
        String ownSentence = null;
        String progressAnywhere = null;
        boolean beforeOnSubject = false;
        String declined = null;
        String adopted = null;
        boolean decidesOnOthers = false;
        boolean noted = false;
        // a table's row is about the recommendation whose words it shares most ("Formuleer meetbare doelen … |
        // Uitgevoerd"), not about every recommendation sharing one word with it ("… realisatie van deze doelen")
        int[] rowOverlap = new int[sentences.size()];
        int bestRow = 0;
        for (int i = 0; i < rowOverlap.length; i++) {
            if (sentences.get(i).cells()) {
                rowOverlap[i] = terms.overlap(sentences.get(i).tokens());
                bestRow = Math.max(bestRow, rowOverlap[i]);
            }
        }
        int at = -1;
        for (Sentence sentence : sentences) {
            at++;
            String s = sentence.text();
            Set<String> st = sentence.tokens();
            // "Huisartsen: … gesloten. Deze aanbeveling is daarmee uitgevoerd.": the one recommendation is the one on
            // the subject of this sentence or the one before; any other recommendation of the report it does not touch
            // a line of a progress note is about the subject its label names ("Huisartsen: …"), not any word after it
            Set<String> label = labelTokens(s);
            // a numbered row of a progress table is about the recommendation of that number, whatever words it shares
            boolean ownSubject = sentence.row() != null && terms.number() != null ? sentence.row().equals(terms.number())
                    : terms.number() != null && sentence.named().contains(terms.number())
                    || (sentence.cells() ? bestRow > 0 && rowOverlap[at] == bestRow
                    : terms.onSubject(label != null ? label : st));
            // "aanbevelingen 1 tot en met 4 over te nemen", "aanbeveling 2 is uitgevoerd": about those, not this one
            Boolean verdict = sentence.verdictOn(terms, beforeOnSubject, ownSubject);
            boolean oneOther = sentence.aboutOne() && !ownSubject && !beforeOnSubject
                    || verdict == null && sentence.namesOthers(terms.number());
            decidesOnOthers |= verdict == null && sentence.namesOthers(terms.number()) && !sentence.verdicts().isEmpty();
            // the sentence before ties a "deze aanbeveling" to this recommendation by its label, or unlabelled by two words
            beforeOnSubject = label != null ? ownSubject
                    : terms.overlap(st) >= 2;
            if (progressAnywhere == null && sentence.inProgress() && !sentence.noteOnly() && !oneOther) {
                progressAnywhere = s;
            }
            List<String> hits = terms.title().stream().filter(st::contains).toList();
            boolean issuer = head != null && st.contains(head);
            List<String> related = !issuer ? List.of() : union(terms.title(), terms.theme()).stream()
                    .filter(t -> !hits.contains(t) && st.stream().anyMatch(w -> sameStem(w, t))).toList();
            // a title alone is often also a programme's name: it must come with the issuer or a report word
            boolean refers = (need > 0 && hits.size() >= need && (issuer || sentence.reportWord()))
                    || (issuer && hits.size() + related.size() > 0);
            if (refers) {
                matched.addAll(hits);
                if (issuer) {
                    terms.issuer().stream().filter(st::contains).forEach(matched::add);
                }
                related.forEach(t -> matched.add(t + "~"));
                int score = 3 * hits.size() + (issuer ? 2 : 0) + related.size();
                // as snippet, prefer the sentence that also says what happens with the report
                int shown = score + (sentence.inProgress() || sentence.closed() ? 2 : 0);
                if (shown > bestShown) {
                    bestShown = shown;
                    bestScore = score;
                    best = s;
                }
            }
            // a table row's "Niet overgenomen" is about its own row's recommendation, in a passage on the report
            if ((refers || sentence.aboutRecommendations() || sentence.cells()) && verdict != null) {
                if (!verdict && declined == null) {
                    declined = s;
                } else if (verdict && adopted == null) {
                    adopted = s;
                }
            }
            if ((refers || sentence.aboutRecommendations()) && !oneOther) {
                if (closed == null && sentence.closed()) {
                    closed = s;
                }
                if (progress == null && sentence.inProgress() && !sentence.noteOnly()) {
                    progress = s;
                }
                noted |= sentence.noteOnly();
            }
            // a sentence on this recommendation's own subject says how far this one is
            if (ownSubject || sentence.aboutOne() && !oneOther) {
                // a label that says nothing has started holds against the prose beside it ("Niet gestart. … uitvoering …")
                RecommendationStatus cue = sentence.labelClosed() ? RecommendationStatus.closed
                        : sentence.labelOpen() ? RecommendationStatus.open
                        : sentence.closed() ? RecommendationStatus.closed
                        : sentence.labelProgress() || sentence.inProgress() ? RecommendationStatus.in_progress : null;
                if (cue != null && (own == null || cue.ordinal() > own.ordinal())) {
                    own = cue;
                    ownSentence = s;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // the snippet is the sentence the status rests on; the referring sentence when that is the same or none
        RecommendationStatus suggests;
        String proof;
        String rule;
        // declining a recommendation outweighs what the passage says of the report's recommendations in general, and
        // only its being carried out after all outweighs the decline
        if (declined != null && own != RecommendationStatus.closed) {
            suggests = RecommendationStatus.not_adopted;
            proof = declined;
            rule = RULE_DECLINED;
        } else if (adopted != null && (own == null ? closed == null
                // a progress line of its own says more than the passage's general "die u heeft overgenomen"
                : own == RecommendationStatus.in_progress && ownSentence.equals(adopted))) {
            suggests = RecommendationStatus.in_progress;
            proof = adopted;
            rule = RULE_ADOPTED;
        } else if (own != null) {
            suggests = own;
            proof = ownSentence;
            rule = RULE_OWN_SUBJECT;
        } else if (closed != null) {
            suggests = RecommendationStatus.closed;
            proof = closed;
            rule = RULE_IMPLEMENTED;
        } else if (decidesOnOthers && progress == null) {
            suggests = RecommendationStatus.open;
            proof = best;
            rule = RULE_OTHERS;
        } else if ((recordType.equals("decision") || recordType.equals("action")) && progress == null && noted) {
            suggests = RecommendationStatus.open;
            proof = best;
            rule = RULE_NOTED;
        } else if (recordType.equals("decision") || recordType.equals("action")) {
            suggests = RecommendationStatus.in_progress;
            proof = progress != null ? progress : best;
            rule = RULE_DECIDED;
        } else if ((progress != null || (recordType.equals("agenda_item") && progressAnywhere != null))
                && !perSubjectNote(sentences)) {
            suggests = RecommendationStatus.in_progress;
            proof = progress != null ? progress : progressAnywhere;
            rule = RULE_ACTED;
        } else {
            suggests = RecommendationStatus.open;
            proof = best;
            rule = RULE_MENTION;
        }
        return Optional.of(new Match(List.copyOf(matched), suggests, clip(proof), bestScore, rule));
    }

    /** The words of a progress line's subject label ("Beleidsplan jeugd: …"), or null without one. */
    private static Set<String> labelTokens(String sentence) {
        return SUBJECT_LABEL.matcher(sentence).find() ? Set.copyOf(tokens(sentence.substring(0, sentence.indexOf(':')))) : null;
    }

    /**
     * A progress note with a line per subject ("Contracten: …", "Huisartsen: …"): it says how far each subject it
     * names has come, so for a recommendation whose subject it leaves out its general words ("over de uitvoering
     * van de aanbevelingen") show no progress.
     */
    private static boolean perSubjectNote(List<Sentence> sentences) {
        return sentences.stream().filter(x -> SUBJECT_LABEL.matcher(x.text()).find()).count() >= 2;
    }

    static String normalise(String s) {
        String n = Folding.fold(s);
        n = n.replace('’', '\'').replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{Ll})", "$1$2");
        // the Ministry/Inspectorate of Justice and Security goes by several names
        return n.replaceAll("\\bjustitie\\s+en\\s+veiligheid\\b", "jenv").replaceAll("\\bj\\s*&\\s*v\\b", "jenv");
    }

    /** Whether matching passes over this word: a function word, or one every board paper uses. */
    public static boolean ignores(String word) {
        return STOP.contains(normalise(word));
    }

    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(normalise(text).split("[^\\p{L}\\p{N}]+")).filter(t -> t.length() >= 4)
                .filter(t -> !STOP.contains(t)).filter(t -> !t.chars().allMatch(Character::isDigit)).toList();
    }

    private static Set<String> distinct(String text) {
        return new LinkedHashSet<>(tokens(text));
    }

    static String stem(String t) {
        return t.length() <= STEM ? t : t.substring(0, STEM);
    }

    private static boolean sameStem(String a, String b) {
        return a.equals(b) || (a.length() >= STEM && b.length() >= STEM && a.regionMatches(0, b, 0, STEM));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String clip(String s) {
        if (s == null || s.length() <= SNIPPET) {
            return s;
        }
        int cut = s.lastIndexOf(' ', SNIPPET - 1);
        return s.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET - 1) + "…";
    }
}
