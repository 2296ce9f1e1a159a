package nl.gremium.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A case-insensitive regex whose every match holds one of a few words as a whole word ({@code \bword\b}, or
 * between spaces), with those words: a text that has none of them skips the regex ({@link RegexGuard#hasWord}).
 * The words are listed beside the pattern they guard; a word left out would lose matches, so each alternative
 * of the pattern must contribute one.
 */
public record GuardedPattern(Pattern pattern, List<String> words) {

    public static GuardedPattern of(String regex, int flags, String... words) {
        return new GuardedPattern(LeadingBoundary.compile(regex, flags), List.of(words));
    }

    /** {@code pattern.matcher(text).find()}, skipped when the folded text ({@link RegexGuard#fold}) lacks the words. */
    public boolean find(String text, String folded) {
        return mayMatch(text, folded) && pattern.matcher(text).find();
    }

    /** False when the pattern cannot match: the folded text lacks every guarding word. */
    public boolean mayMatch(String text, String folded) {
        return RegexGuard.hasWord(text, folded, words);
    }
}
