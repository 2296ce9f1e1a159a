package nl.gremium.samples;

import java.util.ArrayList;
import java.util.List;

/** Renders a sample document as plain text (TXT files and e-mail bodies): wrapped at 78 columns, aligned tables. */
final class TextRenderer {
    private static final int COLUMNS = 78;

    private TextRenderer() {}

    static String render(SampleDoc doc) {
        StringBuilder out = new StringBuilder();
        Element previous = null;
        for (Element e : doc.content()) {
            if (previous instanceof Element.Item && !(e instanceof Element.Item)) {
                out.append('\n'); // a blank line closes a list
            }
            previous = e;
            if (e instanceof Element.Title t) {
                out.append(t.text()).append("\n\n");
            } else if (e instanceof Element.Heading h) {
                out.append(h.text()).append('\n');
            } else if (e instanceof Element.Para p) {
                out.append(wrap(p.text(), "", "")).append('\n');
            } else if (e instanceof Element.Item i) {
                String indent = "  ".repeat(i.indent() + 1);
                String label = (i.label() + "   ").substring(0, Math.max(4, i.label().length() + 1));
                out.append(wrap(i.text(), indent + label, indent + " ".repeat(label.length())));
            } else if (e instanceof Element.Fields f) {
                int w = f.rows().stream().mapToInt(r -> r.get(0).length()).max().orElse(0) + 2;
                for (List<String> r : f.rows()) {
                    String label = r.get(0) + ":" + " ".repeat(w - r.get(0).length() - 1);
                    out.append(wrap(r.get(1), label, " ".repeat(w)));
                }
                out.append('\n');
            } else if (e instanceof Element.Grid g) {
                out.append(table(g.rows())).append('\n');
            } else if (e instanceof Element.PageBreak) {
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String wrap(String text, String firstPrefix, String prefix) {
        StringBuilder out = new StringBuilder(firstPrefix);
        int col = firstPrefix.length();
        boolean lineEmpty = true;
        for (String word : Content.words(text)) {
            if (!lineEmpty && col + 1 + word.length() > COLUMNS) {
                out.append('\n').append(prefix);
                col = prefix.length();
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
            lineEmpty = false;
        }
        return out.append('\n').toString();
    }

    /** Columns padded to their widest cell; numbers right-aligned; a rule under the header. */
    static String table(List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] w = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < cols; c++) {
                w[c] = Math.max(w[c], r.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        boolean[] numeric = Element.numericColumns(rows, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                String cell = rows.get(r).get(c);
                boolean number = numeric[c];
                String pad = " ".repeat(w[c] - cell.length());
                parts.add(number ? pad + cell : cell + pad);
            }
            out.append(String.join("  ", parts).stripTrailing()).append('\n');
            if (r == 0) {
                int total = 0;
                for (int c = 0; c < cols; c++) {
                    total += w[c] + (c > 0 ? 2 : 0);
                }
                out.append("-".repeat(total)).append('\n');
            }
        }
        return out.toString();
    }
}
