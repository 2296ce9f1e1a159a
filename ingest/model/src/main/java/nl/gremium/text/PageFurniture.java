package nl.gremium.text;

import java.util.regex.Pattern;

/**
 * Lines printed on every page rather than part of the text: "Pagina 4 van 7" (OCR's "Pagina S van 7" too), "-Concept-",
 * "Kenmerk / vervolgblad 2 van 5", a lone page number, a printed web page's "Content overslaan". They are kept as small paragraphs of their own
 * (bundle splitting uses "Pagina 1 van N" as a document-start cue) and never merged into sentences. The one
 * definition of furniture: the parser, table merging, classification and segmentation all ask here.
 */
public final class PageFurniture {
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:(?:pagina|page|blad)\\s+(?:\\d{1,4}|(?-i:[SOIlB]))\\s*(?:van|of|/)\\s*\\d{1,4}" // OCR reads 5 as S
                    + "|[-–—]?\\s*concept\\s*[-–—]?"
                    + "|.{0,80}\\bvervolgblad\\b(?:\\s+\\d{1,4}\\s+van\\s+\\d{1,4})?"
                    + "|[-–—]?\\s*\\d{1,3}\\s*[-–—]?"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}"
                    + "|(?:kenmerk\\s*)?(?:pagina|blad|page)\\s*\\d{1,4}(?:\\s*(?:van|/|of)\\s*\\d{1,4})?"
                    + "|\\d{1,4}\\s*van\\s*\\d{1,4}"
                    // a web page printed to PDF: its navigation links
                    + "|(?:content|inhoud) overslaan|(?:ga\\s+)?(?:direct\\s+)?naar\\s+(?:de\\s+)?(?:hoofd)?inhoud"
                    + "|skip to (?:main )?content|terug naar boven|printversie|menu)");

    private PageFurniture() {}

    public static boolean is(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 100 && FURNITURE.matcher(s).matches();
    }
}
