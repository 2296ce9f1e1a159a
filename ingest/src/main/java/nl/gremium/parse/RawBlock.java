package nl.gremium.parse;

import java.util.List;

/**
 * One block element as Tika's XHTML gave it, before the layout heuristics: the text keeps its line breaks
 * (PDF paragraphs are runs of printed lines).
 *
 * @param level  heading level (h1 = 1) or list nesting depth
 * @param marker a list item's marker ("1." for the first item of an ordered list, "•" otherwise)
 * @param rows   table cells, for tables only
 */
record RawBlock(Kind kind, String text, int page, int level, String marker, List<List<String>> rows) {
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, TABLE }
}
