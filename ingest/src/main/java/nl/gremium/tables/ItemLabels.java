package nl.gremium.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Agenda items printed in two columns: the item's number and title on the left, its account on the right, so that a
 * PDF's text line runs them together ("5. Jaarstukken 2024 De jaarrekening 2024 sluit met …"). Only the gap between the
 * columns tells where the title ends; this records, per line that opens such an item, how many characters (spaces not
 * counted) the number and title take, for the block builder to set the title apart.
 */
public final class ItemLabels {
    /** Nothing known (not a PDF, or its layout could not be read). */
    public static final ItemLabels NONE = new ItemLabels(Map.of());
    /** A gap this many times the print size apart is a column gap, not a word space of justified text. */
    private static final float COLUMN_GAP = 1.5f;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}[.)]?");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("\\d{1,2}[.)]?\\s+\\p{Lu}\\S*(?:\\s+\\S+){0,7}");
    private static final Pattern TITLE = Pattern.compile("\\p{Lu}\\S*(?:\\s+\\S+){0,7}");
    private static final int ACCOUNT_WORDS = 3;

    private final Map<Integer, Map<String, Integer>> byPage;

    private ItemLabels(Map<Integer, Map<String, Integer>> byPage) {
        this.byPage = byPage;
    }

    /**
     * The length, in characters other than spaces, of the number and title that open a text line of {@code page} (or the
     * page after, as {@link PrintSizes#size} looks), or 0 when the line opens no item printed in columns.
     */
    public int titleLength(int page, String line) {
        String k = PrintSizes.key(line);
        for (int p = page; p <= page + 1; p++) {
            Integer n = byPage.getOrDefault(p, Map.of()).get(k);
            if (n != null) {
                return n;
            }
        }
        return 0;
    }

    /** The number and title (its first columns) of a line printed in columns, or null when it is no item's first line. */
    static String title(TextLines.Line line) {
        List<List<Glyph>> columns = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            if (prev == null || g.x() - prev.right() > COLUMN_GAP * Math.max(g.size(), prev.size())) {
                columns.add(new ArrayList<>());
            }
            columns.get(columns.size() - 1).add(g);
            prev = g;
        }
        List<String> texts = columns.stream().map(TextLines::text).toList();
        int titleColumns;
        if (texts.size() >= 3 && NUMBER.matcher(texts.get(0)).matches() && TITLE.matcher(texts.get(1)).matches()) {
            titleColumns = 2;
        } else if (texts.size() >= 2 && NUMBERED_TITLE.matcher(texts.get(0)).matches()) {
            titleColumns = 1;
        } else {
            return null;
        }
        String account = String.join(" ", texts.subList(titleColumns, texts.size()));
        boolean text = account.split("\\s+").length >= ACCOUNT_WORDS && account.chars().filter(Character::isLetter).count() > 10;
        return text ? String.join(" ", texts.subList(0, titleColumns)) : null;
    }

    /** Collects the item lines of each page as it is read. */
    static final class Collector {
        private final Map<Integer, Map<String, Integer>> byPage = new HashMap<>();

        void page(PageLayout page, List<TextLines.Line> lines) {
            if (page.hiddenText()) {
                return;
            }
            Map<String, Integer> titles = new HashMap<>();
            for (TextLines.Line line : lines) {
                String title = title(line);
                if (title != null) {
                    titles.putIfAbsent(PrintSizes.key(line.text()), PrintSizes.key(title).length());
                }
            }
            if (!titles.isEmpty()) {
                byPage.put(page.page(), titles);
            }
        }

        ItemLabels done() {
            return byPage.isEmpty() ? NONE : new ItemLabels(byPage);
        }
    }
}
