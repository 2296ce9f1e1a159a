package nl.gremium.parse.ocr;

import java.util.regex.Pattern;

/**
 * Repairs Tesseract makes to Dutch print often enough to matter for tagging: a space read after the
 * thousands dot of an amount ("€ 7. 707. 128" → "€ 7.707.128"). Only a group of at most three digits
 * starts such a number, so a year ending a sentence ("in 2025. 300 …") is left alone.
 */
final class OcrCleanup {
    private static final Pattern SPLIT_THOUSANDS = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\. ?\\d{3})*\\. \\d{3}(?![\\d])");

    private OcrCleanup() {}

    static String apply(String text) {
        return SPLIT_THOUSANDS.matcher(text).replaceAll(m -> m.group().replace(" ", ""));
    }
}
