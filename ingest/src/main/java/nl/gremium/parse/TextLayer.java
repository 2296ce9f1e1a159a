package nl.gremium.parse;


/**
 * Whether a page's text layer is worth keeping. A scan carries none, or only a stamp ("Pagina 3 van 8");
 * a PDF made with broken font maps carries replacement characters and private-use glyphs. Either way the
 * page is read from its image instead.
 */
final class TextLayer {
    /** A page with fewer letters than a short sentence has no text layer to speak of. */
    private static final int MIN_LETTERS = 40;

    private TextLayer() {}

    static boolean usable(String pageText) {
        int letters = 0;
        int broken = 0;
        for (int i = 0; i < pageText.length(); ) {
            int c = pageText.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE
                    || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                broken++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= MIN_LETTERS && broken * 10 < letters + broken;
    }
}
