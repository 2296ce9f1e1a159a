package nl.gremium.meta;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.text.BlockText;
import nl.gremium.text.PageFurniture;

/**
 * The line a publisher prints atop every page to name the paper ("AB 3 juli 2025 · agendapunt 6 · 1/2", "Rapport
 * 2024-0417 · 22 oktober 2024"): it says what the paper is, but its title is printed once, below it. Such a line is known
 * by its recurring atop other pages (page numbers aside) or, on a paper of one page, by its form: short parts joined by a
 * dot, bullet or bar, one of them a number or date, or all in capitals.
 */
final class RunningHeader {
    /** How many lines of a page count as its top. */
    private static final int TOP_LINES = 3;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s[·•|]\\s");
    private static final int PART_WORDS = 10;
    /** A motto strip: at least this many parts of at most {@link #MOTTO_WORDS} words ("Schoon · Veilig · Voldoende"). */
    private static final int MOTTO_PARTS = 3;
    private static final int MOTTO_WORDS = 3;

    private final Set<String> recurring;

    private RunningHeader(Set<String> recurring) {
        this.recurring = recurring;
    }

    /** The running header lines of a document's content (furniture already left out). */
    static RunningHeader of(List<Block> content) {
        Map<String, Set<Integer>> pages = new HashMap<>();
        int page = Integer.MIN_VALUE;
        int onPage = 0;
        for (Block b : content) {
            if (b.page() != page) {
                page = b.page();
                onPage = 0;
            }
            if (onPage++ < TOP_LINES && !b.is(BlockType.TABLE)) {
                pages.computeIfAbsent(key(b.text()), k -> new HashSet<>()).add(page);
            }
        }
        Set<String> recurring = new HashSet<>();
        pages.forEach((k, on) -> {
            if (on.size() >= 2) {
                recurring.add(k);
            }
        });
        return new RunningHeader(recurring);
    }

    /**
     * {@code b} is a running header of this document, or reads as one. A heading that recurs is a cover's title repeated
     * in small print on the pages after it ("Jaarverslag 2024"), still the title.
     */
    boolean is(Block b) {
        return strip(BlockText.normalise(b.text())) || !b.is(BlockType.HEADING) && recurring.contains(key(b.text()));
    }

    /**
     * Short parts joined by "·", "•" or "|", one holding a number (a date, a reference) or the whole in capitals, or a
     * motto's few words each ("Brandweer · GHOR · Meldkamer"); or a line that prints its page's number ("zaaknr. Z/25/0041-
     * 1 - gemeente X").
     */
    static boolean strip(String line) {
        if (PageFurniture.dashedNumber(line) != null) {
            return true;
        }
        String[] parts = PART_SEPARATOR.split(line);
        if (parts.length < 2) {
            return false;
        }
        // the sender's name may run into the motto's first part ("Veiligheidsregio X Brandweer · GHOR · Meldkamer")
        if (parts.length >= MOTTO_PARTS && Arrays.stream(parts).skip(1).allMatch(p -> BlockText.words(p) <= MOTTO_WORDS)) {
            return true;
        }
        boolean numbered = false;
        for (String part : parts) {
            if (BlockText.words(part) > PART_WORDS) {
                return false;
            }
            numbered |= NUMBER.matcher(part).find();
        }
        return numbered || line.codePoints().anyMatch(Character::isLetter) && line.codePoints().noneMatch(Character::isLowerCase);
    }

    private static String key(String text) {
        return NUMBER.matcher(BlockText.normalise(text).toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
