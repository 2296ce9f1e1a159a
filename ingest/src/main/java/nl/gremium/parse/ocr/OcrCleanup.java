package nl.gremium.parse.ocr;

import java.util.regex.Pattern;

/**
 * Repairs Tesseract makes to Dutch print often enough to matter for tagging:
 * <ul>
 * <li>a space read after the thousands dot of an amount ("€ 7. 707. 128" → "€ 7.707.128"); only a group of
 * at most three digits starts such a number, so a year ending a sentence ("in 2025. 300 …") is left alone;</li>
 * <li>a list bullet read as a stray mark before the item's capital ("_Zorg voor …", "« Zorg", "e Zorg"):
 * written back as "• " so the item is a list item again, as it is in the born-digital copy.</li>
 * </ul>
 */
final class OcrCleanup {
    private static final Pattern SPLIT_THOUSANDS = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\. ?\\d{3})*\\. \\d{3}(?![\\d])");
    /** Marks Tesseract reads for "•" at a line start; "e" only with a space after it (no Dutch line starts so). */
    private static final Pattern MISREAD_BULLET = Pattern.compile("(?m)^(?:[_«»©¢°*]{1,2}\\s*|e\\s+)(?=\\p{Lu}\\p{Ll})");

    private OcrCleanup() {}

    static String apply(String text) {
        String bullets = MISREAD_BULLET.matcher(text).replaceAll("• ");
        return SPLIT_THOUSANDS.matcher(bullets).replaceAll(m -> m.group().replace(" ", ""));
    }
}
