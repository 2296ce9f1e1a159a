package nl.gremium.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML into {@link RawBlock}s in reading order. {@code <div class="page">} counts pages (PDF);
 * h1–h6, p, li and table/tr/td|th become blocks (a dt/dd pair, as mail headers come, one "term: description"
 * paragraph); text inside a table cell belongs to the cell whatever element
 * holds it; a PDF's bookmarks (the list Tika emits after the last page) are kept apart as the outline.
 * Embedded documents (mail attachments) are read as more blocks of the same document.
 */
final class XhtmlCollector extends DefaultHandler {
    /** A PDF bookmark: its text and depth (1 = top). */
    record OutlineEntry(String text, int level) {}

    private final boolean paged;
    private final List<RawBlock> blocks = new ArrayList<>();
    private final List<OutlineEntry> outline = new ArrayList<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Deque<int[]> listCounters = new ArrayDeque<>();   // per open list: {ordered?1:0, next number}
    private int page = 0;
    private int pageDivDepth = -1;   // stack depth of the open page div, -1 outside pages
    private int embedded = 0;        // depth of embedded documents (package-entry divs)
    private int skip = 0;            // inside head/script/style

    private StringBuilder text;      // the open block's text (p, h, li), or null
    private RawBlock.Kind kind;
    private int level;
    private String marker;
    private int textDepth;           // stack depth of the element that opened `text`
    private String pendingTerm;      // a <dt> waiting for its <dd>

    private int tableDepth = 0;
    private List<List<String>> rows;
    private List<String> row;
    private StringBuilder cell;
    private int tablePage;

    XhtmlCollector(boolean paged) {
        this.paged = paged;
    }

    List<RawBlock> blocks() {
        return blocks;
    }

    List<OutlineEntry> outline() {
        return outline;
    }

    int pages() {
        return page;
    }

    private int currentPage() {
        return paged ? Math.max(1, page) : 1;
    }

    private boolean outsidePages() {
        return paged && page > 0 && pageDivDepth < 0 && embedded == 0;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        stack.push(name);
        String cls = atts.getValue("class");
        switch (name) {
            case "head", "script", "style", "title" -> skip++;
            case "div" -> {
                if ("package-entry".equals(cls) || "embedded".equals(cls)) {
                    embedded++;
                    stack.pop();
                    stack.push("div#embedded");
                } else if ("page".equals(cls) && embedded == 0) {
                    flushText();
                    page++;
                    pageDivDepth = stack.size();
                }
            }
            case "table" -> {
                tableDepth++;
                if (tableDepth == 1) {
                    flushText();
                    rows = new ArrayList<>();
                    tablePage = currentPage();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    cell = new StringBuilder();
                }
            }
            case "ul", "ol" -> listCounters.push(new int[] {name.equals("ol") ? 1 : 0, 1});
            case "li" -> {
                if (inCell()) {
                    cell.append('\n');
                } else {
                    int[] list = listCounters.isEmpty() ? new int[] {0, 1} : listCounters.peek();
                    String m = list[0] == 1 ? (list[1]++) + "." : "•";
                    open(RawBlock.Kind.LIST_ITEM, Math.max(1, listCounters.size()), m);
                }
            }
            case "dd" -> {
                if (inCell()) {
                    cell.append('\n');
                } else if (pendingTerm != null) {
                    String term = pendingTerm;
                    pendingTerm = null;
                    open(RawBlock.Kind.PARAGRAPH, 0, null);
                    text.append(term).append(": ");
                } else {
                    open(RawBlock.Kind.PARAGRAPH, 0, null);
                }
            }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt" -> {
                if (inCell()) {
                    if (cell.length() > 0) {
                        cell.append('\n');
                    }
                } else if (name.charAt(0) == 'h' && name.length() == 2) {
                    open(RawBlock.Kind.HEADING, name.charAt(1) - '0', null);
                } else if (text == null) {
                    open(RawBlock.Kind.PARAGRAPH, 0, null);
                } else {
                    text.append('\n');
                }
            }
            case "br" -> append("\n");
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = stack.isEmpty() ? "" : stack.pop();
        switch (name) {
            case "head", "script", "style", "title" -> skip--;
            case "div#embedded" -> {
                flushText();
                embedded--;
            }
            case "div" -> {
                if (stack.size() + 1 == pageDivDepth) {
                    flushText();
                    pageDivDepth = -1;
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1 && cell != null && row != null) {
                    row.add(cell.toString());
                    cell = null;
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    if (!row.isEmpty()) {
                        rows.add(row);
                    }
                    row = null;
                }
            }
            case "table" -> {
                if (tableDepth == 1) {
                    if (rows.stream().flatMap(List::stream).anyMatch(c -> !c.isBlank())) {
                        blocks.add(new RawBlock(RawBlock.Kind.TABLE, null, tablePage, 0, null, rows));
                    }
                    rows = null;
                }
                tableDepth--;
            }
            case "dt" -> {
                if (text != null && !inCell()) {
                    pendingTerm = text.toString().strip();   // printed with its description: "Van: …"
                    text = null;
                }
            }
            case "ul", "ol" -> {
                if (!listCounters.isEmpty()) {
                    listCounters.pop();
                }
            }
            default -> { }
        }
        if (text != null && stack.size() < textDepth) {
            flushText();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skip > 0) {
            return;
        }
        append(new String(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        flushText();
        if (pendingTerm != null && !pendingTerm.isEmpty()) {
            blocks.add(new RawBlock(RawBlock.Kind.PARAGRAPH, pendingTerm, currentPage(), 0, null, null));
            pendingTerm = null;
        }
    }

    private boolean inCell() {
        return tableDepth > 0 && cell != null;
    }

    private void append(String s) {
        if (inCell()) {
            cell.append(s);
        } else if (tableDepth > 0) {
            return;   // whitespace between rows and cells
        } else if (text != null) {
            text.append(s);
        } else if (!s.isBlank()) {
            open(RawBlock.Kind.PARAGRAPH, 0, null);   // stray text outside any block element
            textDepth = stack.size();
            text.append(s);
        }
    }

    private void open(RawBlock.Kind k, int lvl, String m) {
        flushText();
        if (pendingTerm != null) {   // a term without description stays a paragraph of its own
            String term = pendingTerm;
            pendingTerm = null;
            if (!term.isEmpty()) {
                blocks.add(new RawBlock(RawBlock.Kind.PARAGRAPH, term, currentPage(), 0, null, null));
            }
        }
        text = new StringBuilder();
        kind = k;
        level = lvl;
        marker = m;
        textDepth = stack.size();
    }

    private void flushText() {
        if (text == null) {
            return;
        }
        String t = text.toString();
        text = null;
        if (t.isBlank()) {
            return;
        }
        if (kind == RawBlock.Kind.LIST_ITEM && outsidePages()) {
            outline.add(new OutlineEntry(t.strip(), level));
        } else if (!outsidePages()) {
            blocks.add(new RawBlock(kind, t, currentPage(), level, marker, null));
        }
    }
}
