package nl.gremium.text;

import java.util.regex.Pattern;

/**
 * The number an agenda item or heading prints before its title: "5", "5.3", and lettered sub-items such as
 * "4a" or "5.2b", which many councils and boards use instead of a second level ("4. Bespreekstukken" with
 * "4a." and "4b." under it). A letter counts as one level deeper: "4a" is read as 4.1, "4b" as 4.2. The one
 * definition of such numbers: parsing, block text and agenda segmentation all ask here.
 */
public final class OutlineNumber {
    /**
     * One or two digits, up to four dotted parts, optionally a sub-item letter. "2e" is an ordinal ("2e
     * kwartaal"), so "e" counts only with a dot or bracket after it ("3e."); letters past "w" are units or
     * multipliers ("5x").
     */
    public static final String REGEX = "\\d{1,2}(?:\\.\\d{1,2}){0,4}(?:[a-df-w]|e(?=[.)]))?";
    /**
     * The word some lists print before an item's number ("Agendapunt 3 Hamerstukken", "Punt 4.", "Ad 5"): optional,
     * and when present the line is an item label for sure.
     */
    public static final String LABEL = "(?:(?i:agendapunt|agenda\\s?punt|punt|ad)\\s+(?=\\d))?";
    private static final Pattern NUMBER = Pattern.compile(REGEX);

    private OutlineNumber() {}

    /** Whether {@code s} is a whole outline number ("4", "4.2", "4a"). */
    public static boolean is(String s) {
        return NUMBER.matcher(s).matches();
    }

    /** The levels of a number: "5.3" → [5, 3], "4a" → [4, 1], "5.2b" → [5, 2, 2]. */
    public static int[] parts(String number) {
        String[] s = number.split("\\.");
        String last = s[s.length - 1];
        boolean lettered = Character.isLetter(last.charAt(last.length() - 1));
        int[] p = new int[s.length + (lettered ? 1 : 0)];
        for (int i = 0; i < s.length - 1; i++) {
            p[i] = Integer.parseInt(s[i]);
        }
        if (lettered) {
            p[s.length - 1] = Integer.parseInt(last.substring(0, last.length() - 1));
            p[s.length] = Character.toLowerCase(last.charAt(last.length() - 1)) - 'a' + 1;
        } else {
            p[s.length - 1] = Integer.parseInt(last);
        }
        return p;
    }

    /** Nesting depth: "5" → 1, "5.1" and "5a" → 2. */
    public static int depth(String number) {
        return parts(number).length;
    }
}
