package nl.gremium.tables;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The print size of each line of a PDF, by page. Tika's paragraphs carry no font sizes, and its paragraph detection
 * runs a title into the text under it when little space follows the title ("Notulen van de vergadering van … / 5.
 * Hamerstukken / De raad besluit …" as one paragraph); a line printed larger than the line after it tells the block
 * builder where such a title ends. Pages whose text is a scan's invisible OCR layer have no print sizes to go by.
 */
public final class PrintSizes {
    /** Nothing known (not a PDF, or its layout could not be read). */
    public static final PrintSizes NONE = new PrintSizes(Map.of(), null);
    /** Larger by this factor and by {@link #STEP} points at least: 12 pt over 10.5, not 11 over 10. */
    private static final float FACTOR = 1.15f;
    private static final float STEP = 1.5f;
    private static final Pattern NOT_KEY = Pattern.compile("[\\s\\p{Z}]+");

    private final Map<Integer, Map<String, Float>> byPage;
    /** The size most of the document's characters are printed in: its running text. */
    private final Float body;

    private PrintSizes(Map<Integer, Map<String, Float>> byPage, Float body) {
        this.byPage = byPage;
        this.body = body;
    }

    /**
     * Whether a line of size {@code size} stands out from the running text the way a heading does: larger than the
     * document's body print, with body print after it ({@code next}). A letterhead's or a sidebar's lines are printed
     * larger than the small labels under them, not larger than the body.
     */
    public boolean headingOverBody(float size, float next) {
        return body != null && larger(size, body) && Math.abs(next - body) <= 0.5f;
    }

    /**
     * The print size of a line of text on {@code page} or the page after (a paragraph is placed on the page it starts
     * on), else null. Lines are compared without their spacing, which Tika and our layout reading place differently.
     */
    public Float size(int page, String line) {
        String k = key(line);
        for (int p = page; p <= page + 1; p++) {
            Float s = byPage.getOrDefault(p, Map.of()).get(k);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Whether print of size {@code a} stands out as larger than print of size {@code b}. */
    public static boolean larger(float a, float b) {
        return a >= b * FACTOR && a >= b + STEP;
    }

    static String key(String line) {
        return NOT_KEY.matcher(Normalizer.normalize(line, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Collects the lines of each page as it is read: their text and the size most of their characters have. */
    static final class Collector {
        private final Map<Integer, Map<String, Float>> byPage = new HashMap<>();
        private final Map<Float, Integer> characters = new HashMap<>();

        /** Takes in a page's {@code lines} (read once for all collectors of the layout pass). */
        void page(PageLayout page, List<TextLines.Line> lines) {
            if (page.hiddenText()) {
                return;
            }
            Map<String, Float> sizes = new HashMap<>();
            for (TextLines.Line line : lines) {
                Map<Float, Integer> count = new HashMap<>();
                for (Glyph g : line.glyphs()) {
                    if (!g.isSpace()) {
                        count.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
                    }
                }
                count.forEach((size, n) -> characters.merge(size, n, Integer::sum));
                count.entrySet().stream().max(Map.Entry.comparingByValue())
                        .ifPresent(size -> sizes.putIfAbsent(key(line.text()), size.getKey()));
            }
            byPage.put(page.page(), sizes);
        }

        PrintSizes done() {
            Float body = characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            return byPage.isEmpty() ? NONE : new PrintSizes(byPage, body);
        }
    }
}
