package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One unit of document structure, in reading order.
 *
 * @param page   1-based page number within the source file (1 for formats without pages)
 * @param level  heading level (1 = top) for headings, nesting depth for list items, else null
 * @param number the heading's own number ("5.1") or a list item's literal marker ("1.", "a.", "-"), else null
 * @param table  the table, for TABLE blocks only; {@code text} then holds the cells as tab/newline text
 * @param ocrConfidence set when the text was read by OCR from the page image: the recogniser's mean word
 *               confidence (0–1); null for text from the file's own text layer
 * @param redactions the Woo grounds of the blacked-out passages in this block, in order (one per
 *               {@link #REDACTED} mark in {@code text}; "" when no ground was printed), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(BlockType type, String text, int page, Integer level, String number, Table table,
                    Double ocrConfidence, List<String> redactions) {
    /** Stands in the text where a passage was blacked out: not a letter or digit, so never part of a word. */
    public static final String REDACTED = "█";

    public Block {
        redactions = redactions == null || redactions.isEmpty() ? null : List.copyOf(redactions);
    }

    public Block(BlockType type, String text, int page, Integer level, String number, Table table) {
        this(type, text, page, level, number, table, null, null);
    }

    public static Block heading(String text, int page, int level, String number) {
        return new Block(BlockType.HEADING, text, page, level, number, null);
    }

    public static Block paragraph(String text, int page) {
        return new Block(BlockType.PARAGRAPH, text, page, null, null, null);
    }

    public static Block listItem(String text, int page, int level, String marker) {
        return new Block(BlockType.LIST_ITEM, text, page, level, marker, null);
    }

    public static Block table(Table table) {
        return new Block(BlockType.TABLE, table.plainText(), table.page(), null, null, table);
    }

    public boolean is(BlockType t) {
        return type == t;
    }

    /** This block as read by OCR, with its confidence and the grounds of its redactions. */
    public Block withOcr(double confidence, List<String> grounds) {
        return new Block(type, text, page, level, number, table, confidence, grounds);
    }
}
