package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One unit of document structure, in reading order.
 *
 * @param page   1-based page number within the source file (1 for formats without pages)
 * @param level  heading level (1 = top) for headings, nesting depth for list items, else null
 * @param number the heading's own number ("5.1") or a list item's literal marker ("1.", "a.", "-"), else null
 * @param table  the table, for TABLE blocks only; {@code text} then holds the cells as tab/newline text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(BlockType type, String text, int page, Integer level, String number, Table table) {

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
}
