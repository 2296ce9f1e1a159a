package nl.gremium.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.gremium.model.Outcome;
import nl.gremium.text.Folding;
import nl.gremium.text.WordList;

/**
 * Printed outcomes ("Aangenomen", "unaniem aangenomen", "Stemmen staken", "Niet behandeld", "Conform")
 * to {@link Outcome}: the one mapping decision lists, minutes and motions share. The phrases live in
 * {@code outcomes.txt} beside this class; the longest phrase wins, so "voor kennisgeving aangenomen" is
 * noted, not adopted, and "aangehouden tot" deferred, not held.
 */
public final class Outcomes {
    /** One printed phrase (folded) and the outcome it means. */
    public record Phrase(String text, Outcome outcome) {}

    /** A phrase found in a text: where it starts and ends in the text as given. */
    public record Found(Outcome outcome, int start, int end) {}

    private static final List<Phrase> PHRASES = load();

    private Outcomes() {}

    /** The outcome a text starts with ("Aangenomen (25-20)" → adopted), or empty when it starts with none. */
    public static Optional<Outcome> of(String printed) {
        return startPhrase(printed).map(Phrase::outcome);
    }

    /** The opening of {@code text} that {@code phrase} (found by {@link #startPhrase}) matched, as printed. */
    public static String printed(String text, Phrase phrase) {
        return text.substring(0, Math.min(text.length(), phrase.text().length()));
    }

    /** The phrase a text starts with, matched on whole words, case and accents ignored. */
    public static Optional<Phrase> startPhrase(String printed) {
        String f = key(printed);
        for (Phrase p : PHRASES) {
            if (f.startsWith(p.text()) && (f.length() == p.text().length() || !Character.isLetterOrDigit(f.charAt(p.text().length())))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The outcome of a printed result on its own, as minutes state a vote's ("gewijzigd aangenomen",
     * "unaniem afgewezen", "de stemmen staken"): the phrase it is, else the phrase it ends with (a
     * qualifier before it, such as "unaniem", does not change it); empty when it is neither.
     */
    public static Optional<Outcome> ofResult(String printed) {
        String f = key(printed);
        Optional<Phrase> whole = startPhrase(printed).filter(p -> p.text().length() == f.length());
        return whole.isPresent() ? whole.map(Phrase::outcome) : atEnd(printed).map(Found::outcome);
    }

    /**
     * The last outcome phrase a text ends with ("… Bezuidenhout NIET BEHANDELD" → not_treated at its
     * start), for statuses printed after a title. Offsets refer to the text as given.
     */
    public static Optional<Found> atEnd(String printed) {
        String f = key(printed);
        for (Phrase p : PHRASES) {
            int at = f.length() - p.text().length();
            if (at > 0 && f.endsWith(p.text()) && !Character.isLetterOrDigit(f.charAt(at - 1))) {
                return Optional.of(new Found(p.outcome(), offset(printed, at), printed.strip().length()));
            }
        }
        return Optional.empty();
    }

    /** Folded, whitespace collapsed, trimmed: the form the phrases are written in. */
    private static String key(String s) {
        return Folding.fold(s).replaceAll("\\s+", " ").strip();
    }

    /** Where the {@code folded}-th character of the key falls in the stripped original. */
    private static int offset(String printed, int folded) {
        String s = printed.strip();
        int k = 0;
        int i = 0;
        boolean space = false;
        while (i < s.length() && k < folded) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!(ws && space)) {
                k++;
            }
            space = ws;
            i++;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static List<Phrase> load() {
        List<Phrase> out = new ArrayList<>();
        for (String line : WordList.read(Outcomes.class, "outcomes.txt")) {
            String[] parts = line.split("\t", 2);
            out.add(new Phrase(key(parts[1]), Outcome.valueOf(parts[0].strip())));
        }
        out.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        return List.copyOf(out);
    }
}
