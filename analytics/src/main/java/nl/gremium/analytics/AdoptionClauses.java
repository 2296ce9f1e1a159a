package nl.gremium.analytics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one sentence decides on a report's recommendations, by number where it gives them: "de aanbevelingen 1 tot en
 * met 4 over te nemen en aanbeveling 5 niet", "Aanbeveling 3 wordt niet overgenomen", "in te stemmen met de
 * aanbevelingen, met uitzondering van aanbeveling 2". A council or college often adopts some recommendations of a
 * rekenkamer and declines others in one decision; read as a whole, such a decision would put every recommendation of
 * the report in progress. Works on {@link FollowUpMatcher#normalise normalised} (folded, lower-case) text.
 */
final class AdoptionClauses {
    /**
     * One decision on recommendations.
     *
     * @param numbers the recommendations' numbers as {@link FollowUpMatcher#rowNumber} reads them; empty: every
     *                recommendation of the report ("de aanbevelingen") when {@code all}, else the one the sentence is
     *                about ("Deze aanbeveling nemen wij niet over.")
     * @param all     said of the recommendations in the plural, without numbers
     * @param adopted taken over (or to be carried out), else declined
     * @param about   for one recommendation without a number, the words of its clause ("met uitzondering van de
     *                aanbeveling over de centrale backoffice": backoffice, centrale), by which it is recognised; else empty
     */
    record Verdict(Set<String> numbers, boolean all, boolean adopted, Set<String> about) implements Serializable {}

    /** "aanbeveling 3", "aanbevelingen 1, 2 en 4", "aanbevelingen 1 t/m 4", or "de aanbevelingen" without numbers. */
    private static final Pattern MENTION = Pattern.compile("\\baanbeveling(?:en)?\\b(?:\\s+(?:nr\\.?|nummers?)?\\s*"
            + "(\\d{1,2}[a-z]?(?:\\s*(?:,|\\ben\\b|t/m|\\btot\\s+en\\s+met\\b|-|–)\\s*\\d{1,2}[a-z]?)*)(?![\\d.,]\\d))?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}[a-z]?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(?:t/m|tot\\s+en\\s+met|-|–)\\s*(\\d{1,2})");
    /** Declining, in the forms a decision, a proposal or a college's reply takes. */
    private static final Pattern DECLINE = Pattern.compile("\\bniet\\s+(?:(?:wordt|worden|te\\s+worden|zal|zullen)\\s+)?"
            + "(?:over\\s+te\\s+nemen|overgenomen|overnemen|op\\s+te\\s+volgen|uit\\s+te\\s+voeren|in\\s+te\\s+stemmen"
            + "|te\\s+volgen|te\\s+onderschrijven|onderschreven|over(?=\\s*(?:[.,;]|$|\\ben\\b)))"
            + "|\\baf\\s+te\\s+wijzen\\b|\\bafgewezen\\b|\\bnaast\\s+(?:zich|ons)\\s+neer\\b");
    private static final Pattern ADOPT = Pattern.compile("\\bover\\s+te\\s+nemen\\b|\\bovergenomen\\b|\\bovernemen\\b"
            + "|\\b(?:neemt|nemen)\\b(?:(?!kennis\\b).){0,80}?\\bover(?=\\s*(?:[.,;]|$|\\ben\\b))|\\bin\\s+te\\s+stemmen\\s+met\\b|\\bstemt\\s+in\\s+met\\b"
            + "|\\bingestemd\\s+met\\b|\\buit\\s+te\\s+voeren\\b|\\bop\\s+te\\s+volgen\\b|\\bte\\s+onderschrijven\\b"
            + "|\\bonderschrijft\\b|\\bonderschreven\\b");
    /** "… over te nemen en aanbeveling 5 niet.": the verb of the clause before, left out. */
    private static final Pattern ELLIPTIC_NOT = Pattern.compile("^\\s*niet\\s*(?:[.,;]|$|\\ben\\b)");
    private static final Pattern EXCEPT = Pattern.compile("(?:met\\s+uitzondering\\s+van|behalve|uitgezonderd|maar\\s+niet)"
            + "\\s+(?:de\\s+|van\\s+)?$");

    /**
     * Proposing, asking or advising that recommendations be taken over decides nothing: "Wij stellen u voor in te
     * stemmen met de aanbevelingen", "De rekenkamer adviseert de raad …", "Wij vragen u aanbeveling 2 niet over te nemen".
     */
    private static final Pattern PROPOSES = Pattern.compile("\\bstel(?:t|len)\\b.{0,80}?\\bvoor\\b|\\bvoor\\s+te\\s+stellen\\b"
            + "|\\bvoorgesteld\\b|\\badvise(?:ert|ren|eren)\\b|\\bbeveelt\\b|\\bontwerpbesluit\\b"
            + "|\\b(?:vraagt|vragen|verzoekt|verzoeken)\\s+(?:wij\\s+|het\\s+\\p{L}+\\s+)?(?:u|de\\s+raad|uw\\s+raad|staten)\\b");

    private AdoptionClauses() {}

    /**
     * One mention of recommendations in a sentence.
     *
     * @param start   where "aanbeveling" starts
     * @param end     where the mention (with its numbers) ends
     * @param numbers the numbers it names, or those of the mention before for "deze aanbeveling" after a number
     * @param plural  "de aanbevelingen" without numbers: all of the report's
     * @param back    "deze aanbeveling" taking the number of the mention before
     */
    private record Mention(int start, int end, Set<String> numbers, boolean plural, boolean back) {}

    private static List<Mention> mentions(String normalised) {
        List<Mention> out = new ArrayList<>();
        if (!normalised.contains("aanbeveling")) {
            return out;
        }
        Matcher m = MENTION.matcher(normalised);
        while (m.find()) {
            boolean many = m.group().startsWith("aanbevelingen");
            Set<String> before = out.isEmpty() ? Set.of() : out.get(out.size() - 1).numbers();
            // "Aanbeveling 3: wij nemen deze aanbeveling niet over": the one just named
            boolean back = m.group(1) == null && !many && !before.isEmpty();
            Set<String> numbers = m.group(1) != null ? numbers(m.group(1)) : back ? before : Set.of();
            out.add(new Mention(m.start(), m.end(), numbers, many && numbers.isEmpty(), back));
        }
        return out;
    }

    /** The decisions the sentence takes on recommendations, in its order; empty when it takes none. */
    static List<Verdict> of(String normalised) {
        if (!normalised.contains("aanbeveling") || PROPOSES.matcher(normalised).find()) {
            return List.of();
        }
        List<Mention> ms = mentions(normalised);
        int n = ms.size();
        Boolean[] cue = new Boolean[n];
        boolean[] excepted = new boolean[n];
        for (int i = 0; i < n; i++) {
            int end = clauseEnd(ms, i, normalised);
            // the first clause with what comes before it: "Wij nemen de aanbevelingen 1, 2 en 4 over"
            cue[i] = cue(normalised.substring(i == 0 ? 0 : ms.get(i).start(), end), normalised.substring(ms.get(i).end(), end));
            excepted[i] = EXCEPT.matcher(normalised.substring(i == 0 ? 0 : ms.get(i - 1).end(), ms.get(i).start())).find();
            if (ms.get(i).back()) { // one clause about one recommendation: "wij nemen deze aanbeveling over"
                Boolean both = cue(normalised.substring(i == 1 ? 0 : ms.get(i - 1).start(), end), "");
                if (both != null) {
                    cue[i] = both;
                    cue[i - 1] = both;
                }
            }
        }
        Boolean before = n == 0 ? null : cue(normalised.substring(0, ms.get(0).start()), "");
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Boolean c = cue[i];
            if (c == null && excepted[i] && i > 0 && cue[i - 1] != null) {
                c = !cue[i - 1]; // "… over te nemen, met uitzondering van aanbeveling 5"
            }
            if (c == null) {
                c = before; // "in te stemmen met de aanbevelingen 1 tot en met 3"
            }
            for (int j = i + 1; c == null && j < n; j++) {
                c = excepted[j] ? null : cue[j]; // "aanbeveling 1 en aanbeveling 2 worden overgenomen"
            }
            if (c != null) {
                Mention m = ms.get(i);
                boolean one = m.numbers().isEmpty() && !m.plural();
                out.add(new Verdict(m.numbers(), m.plural(), c, one
                        ? Set.copyOf(FollowUpMatcher.tokens(normalised.substring(m.end(), clauseEnd(ms, i, normalised)))) : Set.of()));
            }
        }
        return out;
    }

    /** A mention's clause runs to the next mention. */
    private static int clauseEnd(List<Mention> ms, int i, String normalised) {
        return i + 1 < ms.size() ? ms.get(i + 1).start() : normalised.length();
    }

    /** Every recommendation number the sentence names ("aanbevelingen 1 en 2 zijn uitgevoerd": 1 and 2). */
    static Set<String> named(String normalised) {
        Set<String> out = new LinkedHashSet<>();
        mentions(normalised).forEach(m -> out.addAll(m.numbers()));
        return out;
    }

    /** Declined or adopted in this stretch of text; null when it says neither. */
    private static Boolean cue(String text, String afterNumbers) {
        if (DECLINE.matcher(text).find() || ELLIPTIC_NOT.matcher(afterNumbers).find()) {
            return false;
        }
        return ADOPT.matcher(text).find() ? true : null;
    }

    private static Set<String> numbers(String list) {
        Set<String> out = new LinkedHashSet<>();
        Matcher r = RANGE.matcher(list);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (r.find()) {
            int from = Integer.parseInt(r.group(1));
            int to = Integer.parseInt(r.group(2));
            for (int k = from; k <= to && to - from < 30; k++) {
                out.add(Integer.toString(k));
            }
            rest.append(list, last, r.start()).append(' ');
            last = r.end();
        }
        rest.append(list.substring(last));
        Matcher d = NUMBER.matcher(rest);
        while (d.find()) {
            out.add(FollowUpMatcher.rowNumber(d.group()));
        }
        return out;
    }
}
