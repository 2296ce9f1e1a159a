package nl.gremium.classify;

import java.util.List;
import java.util.regex.Pattern;
import nl.gremium.model.DocKind;
import nl.gremium.text.RegexGuard;

/**
 * One line of a family's recognition table: lines of {@code zone} matching {@code pattern} give {@code kind}
 * {@code points} for every {@code per} matching lines, at most {@code cap}. A negative {@code points} is a
 * penalty applied once when the pattern is found. A cue scanning every line may name the literals one of which
 * each match holds ({@link #needing}): lines without any of them skip the regex.
 */
public record Cue(DocKind kind, Zone zone, Pattern pattern, int points, int per, int cap, String why, List<String> needs) {

    public Cue(DocKind kind, Zone zone, Pattern pattern, int points, int per, int cap, String why) {
        this(kind, zone, pattern, points, per, cap, why, List.of());
    }

    /** The same cue, its regex tried only on lines holding one of the lower-case literals (see {@link RegexGuard}). */
    public Cue needing(String... literals) {
        return new Cue(kind, zone, pattern, points, per, cap, why, List.of(literals));
    }

    /** {@code points} when any line of the zone matches. */
    public static Cue once(DocKind kind, Zone zone, int points, String regex, String why) {
        return once(kind, zone, points, Cues.re(regex), why);
    }

    public static Cue once(DocKind kind, Zone zone, int points, Pattern pattern, String why) {
        return new Cue(kind, zone, pattern, points, 1, Math.max(points, 0), why);
    }

    /** One point per matching line, at most {@code cap}. */
    public static Cue each(DocKind kind, Zone zone, int cap, String regex, String why) {
        return each(kind, zone, cap, Cues.re(regex), why);
    }

    public static Cue each(DocKind kind, Zone zone, int cap, Pattern pattern, String why) {
        return new Cue(kind, zone, pattern, 1, 1, cap, why);
    }

    /** One point per {@code per} matching lines, at most {@code cap}: for phrases that only count in numbers. */
    public static Cue per(DocKind kind, Zone zone, int per, int cap, String regex, String why) {
        return new Cue(kind, zone, Cues.re(regex), 1, per, cap, why);
    }

    /** Matching lines beyond this many change no score: the points reach the cap, or the penalty applies. */
    private int enough() {
        return points > 0 ? per * ((cap + points - 1) / points) : per;
    }

    /** The points this cue gives the document. */
    public int score(DocumentEvidence doc) {
        int n = doc.count(zone, pattern, needs, enough()) / per;
        if (n == 0) {
            return 0;
        }
        return points < 0 ? points : Math.min(cap, points * n);
    }
}
