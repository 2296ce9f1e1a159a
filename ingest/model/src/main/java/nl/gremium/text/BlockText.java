package nl.gremium.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;

/** Small views on block text shared by classification, splitting, segmentation and metadata. */
public final class BlockText {
    /** A line that runs on into the next: it ends on a comma or a function word ("… ter bespreking van"). */
    private static final Pattern RUNS_ON = CaseFold.compile(
            "(?iu)(?:,|\\s(?:van|de|het|der|tot|voor|vóór|inzake|en|in|op|over|met|aan|om|ter))$");
    /** A leading outline number: "5.3", "5.3.", "1)", "4a.", "Agendapunt 3" — group 1 is the number without trailing dot. */
    private static final Pattern LEADING_NUMBER = CaseFold.compile(
            "^\\s*" + OutlineNumber.LABEL + "(" + OutlineNumber.REGEX + ")[.):]?\\s+(?=\\S)");
    // compiled once: these run on every block of every document (String.matches/replaceAll compile per call)
    private static final Pattern TRAILING_MARKS = CaseFold.compile("[.)]+$");
    private static final Pattern PUNCTUATED_END = CaseFold.compile(".*[.;:,]$");

    /** Texts shorter than this are normalised again rather than looked up: the scan costs less than the lookup. */
    private static final int MEMO_MIN_LENGTH = 48;
    private static final int MEMO_SLOTS = 8192; // a long minutes document has 3,000 blocks, asked for in turn
    /**
     * The block texts this thread normalised last, by identity ({@code [0]} the text, {@code [1]} its normal form). The
     * classifier, the segmenter, the metadata and each tagger normalise the same stored block texts again, and those
     * keep their printed line breaks, so each call copied the text: a twelfth of a re-analysis.
     */
    private static final ThreadLocal<String[][]> RECENT = ThreadLocal.withInitial(() -> new String[2][MEMO_SLOTS]);

    private BlockText() {}

    /** Whitespace collapsed to single spaces, trimmed; null becomes "" (see {@link Whitespace#normalize}). */
    public static String normalise(String text) {
        if (text == null || text.length() < MEMO_MIN_LENGTH) {
            return Whitespace.normalize(text);
        }
        String[][] recent = RECENT.get();
        int slot = System.identityHashCode(text) & (MEMO_SLOTS - 1);
        if (recent[0][slot] != text) { // identity: an equal text elsewhere is normalised on its own
            recent[1][slot] = Whitespace.normalize(text);
            recent[0][slot] = text;
        }
        return recent[1][slot];
    }

    /** The texts of {@code blocks} joined by newlines (normalised each). */
    public static String join(List<Block> blocks) {
        return blocks.stream().map(b -> normalise(b.text())).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** All the words of {@code blocks} in order on one line: redaction marks out, whitespace collapsed (for CER). */
    public static String words(List<Block> blocks) {
        return normalise(blocks.stream().map(b -> b.text().replace(Block.REDACTED, " ")).collect(Collectors.joining(" ")));
    }

    /** True for page-furniture lines such as "Pagina 2 van 7" or "-Concept-". */
    public static boolean isFurniture(String text) {
        return PageFurniture.is(normalise(text));
    }

    /** Blocks with text that are not page furniture. */
    public static List<Block> content(List<Block> blocks) {
        return blocks.stream().filter(b -> {
            String t = normalise(b.text()); // once: every stage asks for the content of every document
            return !t.isEmpty() && !PageFurniture.is(t);
        }).toList();
    }

    /**
     * The outline number a block carries ("5.3" from a heading numbered "5.3." or text "5.3 Begroting"), or null.
     * List-item markers count too; callers decide whether list items may be agenda items.
     */
    public static String outlineNumber(Block b) {
        if (b.number() != null) {
            String n = TRAILING_MARKS.matcher(b.number().strip()).replaceAll("");
            if (OutlineNumber.is(n)) {
                return n;
            }
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(normalise(b.text()));
        return m.find() ? m.group(1) : null;
    }

    /** The block's text without a leading outline number. */
    public static String withoutNumber(Block b) {
        String t = normalise(b.text());
        Matcher m = LEADING_NUMBER.matcher(t);
        String n = outlineNumber(b);
        if (n != null && m.find() && m.group(1).equals(n)) {
            return t.substring(m.end()).strip();
        }
        return t;
    }

    /** Whether {@code line} stops mid-phrase and goes on in the next line. */
    public static boolean runsOn(String line) {
        return RUNS_ON.matcher(line).find();
    }

    /** Looks like a heading: a HEADING block, or a short line without sentence-final punctuation. */
    public static boolean headingLike(Block b) {
        if (b.is(BlockType.HEADING)) {
            return true;
        }
        if (b.is(BlockType.TABLE)) {
            return false;
        }
        String t = withoutNumber(b);
        return !t.isEmpty() && t.split(" ").length <= 12 && !PUNCTUATED_END.matcher(t).matches() && Character.isUpperCase(t.codePointAt(0));
    }

    /** Number of words. */
    public static int words(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return 0;
        }
        int spaces = 0; // a normal form has single spaces between its words and none at its ends
        for (int i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
            spaces++;
        }
        return spaces + 1;
    }
}
