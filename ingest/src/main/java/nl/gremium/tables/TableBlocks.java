package nl.gremium.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Table;
import nl.gremium.text.WebAddress;

/**
 * Puts layout-found tables into a parser's block list: on the table's page, the run of consecutive
 * blocks whose words are (almost) all cell words of the table is replaced by one TABLE block at the
 * position of the first of them. A table whose text no block carries is inserted after the last block
 * of its page, so no table is lost; a table the parser already delivered as a TABLE block (from a
 * tagged PDF's structure tree) is left as the parser gave it.
 */
final class TableBlocks {
    /** Share of a block's words that must be cell words for the block to count as table text. */
    private static final double COVERED = 0.8;

    private static final Pattern LINK = Pattern.compile("\\b" + WebAddress.REGEX);

    private TableBlocks() {}

    static List<Block> replace(List<Block> blocks, List<PageTable> tables) {
        return replace(blocks, tables, new IdentityHashMap<>());
    }

    /** As {@link #replace(List, List)}, noting in {@code origin} the page table each inserted table came from. */
    static List<Block> replace(List<Block> blocks, List<PageTable> tables, Map<Table, PageTable> origin) {
        List<Block> out = new ArrayList<>(blocks);
        for (PageTable t : tables) {
            Block table = Block.table(PdfTables.toTable(t));
            origin.put(table.table(), t);
            Map<String, Integer> bag = bag(t);
            if (out.stream().anyMatch(b -> b.is(BlockType.TABLE) && b.page() == t.page() && b.table() != null
                    && b.table().page() == t.page() && consume(new HashMap<>(bag), b.text()))) {
                continue; // the parser already has it (a tagged PDF's structure tree): its cells are authoritative
            }
            int bestStart = -1;
            int bestEnd = -1;
            int bestWords = 0; // characters of text covered
            int i = 0;
            while (i < out.size()) {
                // a run never opens on a line without letters: a page number above the table's header is no cell of it
                if (!candidate(out.get(i), t.page()) || out.get(i).text().chars().noneMatch(Character::isLetter)) {
                    i++;
                    continue;
                }
                Map<String, Integer> left = new HashMap<>(bag);
                int j = i;
                int words = 0;
                while (j < out.size() && candidate(out.get(j), t.page()) && consume(left, out.get(j).text())) {
                    words += LINK.matcher(out.get(j).text()).replaceAll("").length(); // link targets cover nothing
                    j++;
                }
                if (j > i && words > bestWords) {
                    bestStart = i;
                    bestEnd = j;
                    bestWords = words;
                }
                i = Math.max(j, i + 1);
            }
            if (bestStart >= 0) {
                out.subList(bestStart, bestEnd).clear();
                out.add(bestStart, table);
                if (bestStart > 0 && candidate(out.get(bestStart - 1), t.page())) {
                    out.set(bestStart - 1, withoutHeaderRow(out.get(bestStart - 1), t));
                }
            } else {
                out.add(afterPage(out, t.page()), table);
            }
        }
        return out;
    }

    /**
     * The block before a table without the table's header row where the parser ran that row into it ("Lijst ingekomen
     * stukken 2 juli 2027 Nr. Datum Afzender Onderwerp": a title set large, the header under it).
     */
    private static Block withoutHeaderRow(Block b, PageTable t) {
        String header = String.join(" ", t.rows().get(0).stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
        String text = b.text().replaceAll("\\s+", " ").strip();
        // compared without hyphens: the line may keep a label's break ("portefeuille-houder") that the cell joined
        String unhyphenated = text.replace("-", "");
        String headerUnhyphenated = header.replace("-", "");
        if (header.isEmpty() || b.redactions() != null || !unhyphenated.endsWith(" " + headerUnhyphenated)) {
            return b;
        }
        String[] words = text.split(" ");
        int keep = words.length - headerUnhyphenated.split(" ").length;
        String rest = String.join(" ", Arrays.asList(words).subList(0, Math.max(0, keep))).strip();
        return new Block(b.type(), rest, b.page(), b.level(), b.number(), b.table(), b.ocrConfidence(), null);
    }

    private static boolean candidate(Block b, int page) {
        return b.page() == page && !b.is(BlockType.TABLE) && b.text() != null;
    }

    /** Takes the block's words out of the bag if enough of them are there; false (bag unchanged) otherwise. */
    private static boolean consume(Map<String, Integer> bag, String text) {
        Map<String, Integer> trial = new HashMap<>(bag);
        int words = 0;
        int hit = 0;
        for (String w : words(text)) {
            String[] parts = w.split("-+");
            words += parts.length;
            if (take(trial, w.replace("-", ""))) {
                hit += parts.length; // "crisis-beheersing" in the text, "crisisbeheersing" in the cell
                continue;
            }
            for (String part : parts) {
                hit += take(trial, part) ? 1 : 0;
            }
        }
        if (words == 0 || hit < COVERED * words) {
            return false;
        }
        bag.clear();
        bag.putAll(trial);
        return true;
    }

    private static boolean take(Map<String, Integer> bag, String word) {
        Integer n = bag.get(word);
        if (n == null || n == 0) {
            return false;
        }
        bag.put(word, n - 1);
        return true;
    }

    /**
     * The cell words, each hyphenated word both joined and in parts, so that the parser's rendering of a
     * wrapped cell ("Oost- Gelderland", "crisis-beheersing") matches the cell text however it was joined.
     */
    private static Map<String, Integer> bag(PageTable t) {
        Map<String, Integer> bag = new HashMap<>();
        t.rows().forEach(r -> r.forEach(c -> words(c).forEach(w -> {
            bag.merge(w.replace("-", ""), 1, Integer::sum);
            if (w.contains("-")) {
                for (String part : w.split("-+")) {
                    bag.merge(part, 1, Integer::sum);
                }
            }
        })));
        return bag;
    }

    /** Lower-case words of letters and digits, hyphens inside a word kept ("oost-gelderland"). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        // link targets the parser appends to a cell's text are no words of the page
        String cleaned = LINK.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).replace("\u00ad", "");
        for (String w : cleaned.split("[^\\p{L}\\p{N}-]+")) {
            String trimmed = w.replaceAll("^-+|-+$", "");
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }

    private static int afterPage(List<Block> blocks, int page) {
        int at = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).page() <= page) {
                at = i + 1;
            }
        }
        return at;
    }
}
