package nl.gremium.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gremium.text.WordList;

/**
 * Passwords that are guessed first: a word of {@code common-passwords.txt} with digits or punctuation around
 * it ("Welkom2025!"), a run along the keyboard, the alphabet or the digits ("1234567890123", "qwertyuiopas"),
 * one or two characters repeated, or the user's own name inside it. Length alone lets all of these through.
 */
final class CommonPasswords {
    private static final Set<String> WORDS = Set.copyOf(WordList.read(CommonPasswords.class, "common-passwords.txt"));
    /** Runs a password may walk along, forwards or backwards; doubled so a run may wrap around. */
    private static final List<String> RUNS = List.of("01234567890123456789", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbnazertyuiopqsdfghjklmwxcvbn",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");
    /** Digits, spaces and punctuation at either end: what people add to a word to pass a length rule. */
    private static final Pattern DECORATION = Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

    private CommonPasswords() {}

    static boolean isCommon(String password) {
        String plain = password.toLowerCase(Locale.ROOT);
        return isWord(plain) || repeats(plain) || isRun(plain) || isRun(new StringBuilder(plain).reverse().toString());
    }

    private static boolean isWord(String p) {
        String stem = DECORATION.matcher(p).replaceAll("").replace(" ", "");
        // "w3lk0m" is "welkom": the usual letter-for-digit swaps undone inside the word
        String unswapped = stem.replace('@', 'a').replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('$', 's');
        return stem.isEmpty() || WORDS.contains(stem) || WORDS.contains(unswapped);
    }

    /** The user's name (three letters or more) inside the password, in any case. */
    static boolean containsName(String password, String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return n.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(n);
    }

    /** One or two characters, repeated ("aaaaaaaaaaaa", "abababababab", "121212121212"). */
    private static boolean repeats(String p) {
        return p.chars().distinct().count() <= 2;
    }

    private static boolean isRun(String p) {
        return RUNS.stream().anyMatch(run -> run.contains(p));
    }
}
