package nl.gremium.analytics;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.store.RecommendationStatus;

/**
 * Decides whether a passage of a later document follows up a recommendation's report, and what
 * status it supports. A recommendation is identified by the distinctive words of its report's
 * title, its issuer and its theme (Dutch function words and words every board paper uses are
 * ignored). A passage refers to the report when it names two title words (or the only one), or
 * names the issuer (its first distinctive word: "de Inspectie" for "Inspectie Justitie en
 * Veiligheid") together with a title or theme word; for the latter a word may also share a
 * six-letter stem with a compound ("crisisbeheersing" ~ "crisisorganisatie"), because Dutch
 * compounds vary while the issuer keeps the match specific.
 * <p>What the passage supports: {@code closed} when a sentence about the report states it was
 * implemented ("zijn uitgevoerd", "is afgerond"); {@code in_progress} for decisions and actions and
 * for passages that take note of, decide on or act upon it ("neemt kennis van", "actiepunten",
 * "in te stemmen"); otherwise {@code open} (only mentioned, e.g. listed as incoming).
 */
public final class FollowUpMatcher implements Serializable {
    static final int STEM = 6;
    private static final int SNIPPET = 300;

    private static final Set<String> STOP = Set.of(
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
            "landelijke", "organisatie", "versie", "concept", "definitief", "datum", "kenmerk", "onderwerp");

    private static final Pattern CLOSED = Pattern.compile(
            "\\b(is|zijn|werd|werden|heeft|hebben)\\s+((?!niet\\b|nog\\b)\\p{L}+\\s+){0,4}?"
                    + "(geimplementeerd|uitgevoerd|afgerond|gerealiseerd|opgevolgd|ingevoerd|doorgevoerd|afgehandeld)\\b");
    private static final Pattern IN_PROGRESS = Pattern.compile(
            "\\b(neemt|nemen)\\b[^.]{0,80}\\bkennis\\b|\\bkennis te nemen\\b|\\bkennis ?genomen\\b|\\bbesluit\\b"
                    + "|\\bbesloten\\b|\\bstemt in\\b|\\bin te stemmen\\b|\\bingestemd\\b|\\bactiepunt|\\bplan van aanpak\\b"
                    + "|\\bverbeterplan|\\buitvoering\\b|\\bwordt uitgevoerd\\b|\\bopgepakt\\b|\\boppakken\\b"
                    + "|\\baan de slag\\b|\\bimplementatie\\b|\\bvoorgesteld\\b|\\bover te nemen\\b|\\bovergenomen\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private FollowUpMatcher() {}

    /** The words that identify one recommendation's report; {@code title} from the report title or document title. */
    public record ReportTerms(Set<String> title, Set<String> issuer, Set<String> theme) implements Serializable {
        /** Join keys (six-letter stems) under which a passage sharing any term can be found. */
        public List<String> keys() {
            Set<String> k = new LinkedHashSet<>();
            for (Set<String> s : List.of(title, issuer, theme)) {
                s.forEach(t -> k.add(stem(t)));
            }
            return List.copyOf(k);
        }
    }

    /** A passage that refers to the report. */
    public record Match(List<String> matched, RecommendationStatus suggests, String snippet, int score)
            implements Serializable {}

    public static ReportTerms terms(String reportTitle, String docTitle, String issuer, String theme) {
        String title = reportTitle != null && !reportTitle.isBlank() ? reportTitle : docTitle;
        Set<String> issuerTerms = distinct(issuer);
        Set<String> titleTerms = distinct(title);
        titleTerms.removeAll(issuerTerms); // "Rapport Inspectie JenV …": the issuer is not the subject
        return new ReportTerms(titleTerms, issuerTerms, distinct(theme));
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
        Set<String> i = distinct(issuer);
        return !i.isEmpty() && organisation != null && Set.copyOf(tokens(organisation)).containsAll(i);
    }

    /**
     * @param recordType decision | action | agenda_item | document
     * @return the match, or empty when the passage does not refer to the report
     */
    public static Optional<Match> match(ReportTerms terms, String text, String recordType) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Set<String> tokens = new LinkedHashSet<>(tokens(text));
        List<String> matched = new ArrayList<>();
        int exactTitle = 0;
        for (String t : terms.title()) {
            if (tokens.contains(t)) {
                exactTitle++;
                matched.add(t);
            }
        }
        String head = terms.issuer().isEmpty() ? null : terms.issuer().iterator().next();
        boolean issuer = head != null && tokens.contains(head);
        int related = 0;
        if (issuer) {
            terms.issuer().stream().filter(tokens::contains).forEach(matched::add);
            for (String t : union(terms.title(), terms.theme())) {
                if (!matched.contains(t) && tokens.stream().anyMatch(w -> sameStem(w, t))) {
                    related++;
                    matched.add(t + "~");
                }
            }
        }
        boolean byTitle = exactTitle >= Math.min(2, terms.title().size()) && exactTitle > 0;
        boolean byIssuer = issuer && exactTitle + related > 0;
        if (!byTitle && !byIssuer) {
            return Optional.empty();
        }
        List<String> sentences = sentences(text);
        String best = null;
        int bestScore = -1;
        boolean closed = false;
        boolean progressInMatched = false;
        for (String s : sentences) {
            String n = normalise(s);
            Set<String> st = Set.copyOf(tokens(s));
            int score = 0;
            for (String m : matched) {
                String t = m.endsWith("~") ? m.substring(0, m.length() - 1) : m;
                if (st.contains(t) || (m.endsWith("~") && st.stream().anyMatch(w -> sameStem(w, t)))) {
                    score++;
                }
            }
            boolean aboutReport = score > 0 || n.contains("aanbeveling") || n.contains("actiepunt");
            if (aboutReport) {
                closed |= CLOSED.matcher(n).find();
                progressInMatched |= IN_PROGRESS.matcher(n).find();
            }
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        RecommendationStatus suggests;
        if (closed) {
            suggests = RecommendationStatus.closed;
        } else if (recordType.equals("decision") || recordType.equals("action") || progressInMatched
                || (recordType.equals("agenda_item") && IN_PROGRESS.matcher(normalise(text)).find())) {
            suggests = RecommendationStatus.in_progress;
        } else {
            suggests = RecommendationStatus.open;
        }
        int score = 3 * exactTitle + (issuer ? 2 : 0) + related;
        return Optional.of(new Match(List.copyOf(matched), suggests, clip(best), score));
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replace('’', '\'').replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{Ll})", "$1$2");
        // the Ministry/Inspectorate of Justice and Security goes by several names
        return n.replaceAll("\\bjustitie\\s+en\\s+veiligheid\\b", "jenv").replaceAll("\\bj\\s*&\\s*v\\b", "jenv");
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

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            String t = s.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String clip(String s) {
        if (s == null || s.length() <= SNIPPET) {
            return s;
        }
        int cut = s.lastIndexOf(' ', SNIPPET - 1);
        return s.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET - 1) + "…";
    }
}
