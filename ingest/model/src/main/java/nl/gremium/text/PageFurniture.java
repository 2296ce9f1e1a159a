package nl.gremium.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines printed on every page rather than part of the text: "Pagina 4 van 7" (OCR's "Pagina S van 7" too), "-Concept-",
 * "Kenmerk / vervolgblad 2 van 5", a running header ending in
 * the page count ("Motie M 12 – blad 2 van 3", "Adviesraad X • advies 2025-03 • 2/3"), a lone page number, a printed web page's "Content overslaan". They are kept as small paragraphs of their own
 * (bundle splitting uses "Pagina 1 van N" as a document-start cue) and never merged into sentences. The one
 * definition of furniture: the parser, table merging, classification and segmentation all ask here.
 */
public final class PageFurniture {
    /** Letters OCR reads for digits in a page number ("Pagina S van 9"), and the digits they stand for. */
    public static final String OCR_LETTERS = "SOIlB";
    private static final String OCR_DIGITS = "50118";
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:(?:pagina|page|blad)\\s+(?:\\d{1,4}|(?-i:[" + OCR_LETTERS + "]))\\s*(?:van|of|/)\\s*\\d{1,4}"
                    + "|[-–—]?\\s*concept\\s*[-–—]?"
                    + "|.{0,80}\\bvervolgblad\\b(?:\\s+\\d{1,4}\\s+van\\s+\\d{1,4})?"
                    // a running header that ends in the page count or number: "Motie M 2025-07 – blad 2 van 3", "Jaarverslag | pagina 4
                    // van 9", "Motie M2025-04 · pagina 1"
                    + "|.{1,60}?\\s[-–—|·]\\s*(?:blad|pagina|page)\\s+\\d{1,4}(?:\\s*(?:van|of|/)\\s*\\d{1,4})?"
                    + "|[-–—]?\\s*\\d{1,3}\\s*[-–—]?"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}"
                    + "|(?:kenmerk\\s*)?(?:pagina|blad|page)\\s*\\d{1,4}(?:\\s*(?:van|/|of)\\s*\\d{1,4})?"
                    + "|\\d{1,4}\\s*van\\s*\\d{1,4}"
                    // a web page printed to PDF: its navigation links
                    + "|(?:content|inhoud) overslaan|(?:ga\\s+)?(?:direct\\s+)?naar\\s+(?:de\\s+)?(?:hoofd)?inhoud"
                    + "|skip to (?:main )?content|terug naar boven|printversie|menu)");

    /** A running line ending in a bare page count after a separator: "Adviesraad X • advies 2025-03 • 2/3". */
    private static final Pattern RUNNING_COUNT = Pattern.compile("(?i).{1,80}?\\s[-–—|·•]\\s*(?<n>\\d{1,3})\\s*/\\s*(?<of>\\d{1,3})");

    /** A page number printed between dashes, alone or in a running line: "- 2 -", "zaaknr. Z/25/0041- 2 - gemeente X". */
    private static final Pattern DASHED_NUMBER = Pattern.compile("(?:^|[\\s\\p{L}\\d])[-–]\\s(\\d{1,3})\\s[-–](?:\\s|$)|^[-–]\\s?(\\d{1,3})\\s?[-–]$");

    private PageFurniture() {}

    /** The page number a line prints between dashes ("- 2 -", alone or inside a running line), or null. */
    public static Integer dashedNumber(String line) {
        Matcher m = DASHED_NUMBER.matcher(line.strip());
        return m.find() ? Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** A printed page number as OCR may have read it ("S" → 5, "l" → 1). */
    public static int pageNumber(String printed) {
        StringBuilder digits = new StringBuilder();
        for (char c : printed.toCharArray()) {
            int i = OCR_LETTERS.indexOf(c);
            digits.append(i >= 0 ? OCR_DIGITS.charAt(i) : c);
        }
        return Integer.parseInt(digits.toString());
    }

    public static boolean is(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 100) {
            return false;
        }
        if (FURNITURE.matcher(s).matches()) {
            return true;
        }
        // the count's page is at most its total ("· 2/3"), unlike a vote or a ratio ("aangenomen – 21/14")
        Matcher m = RUNNING_COUNT.matcher(s);
        return m.matches() && Integer.parseInt(m.group("n")) <= Integer.parseInt(m.group("of"));
    }
}
