package nl.gremium.samples;

import java.util.List;

/** Renders a sample document as a self-contained HTML page (no external resources). */
final class HtmlRenderer {
    private HtmlRenderer() {}

    static String render(SampleDoc doc) {
        StringBuilder out = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(doc.title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(esc(doc.organisation())).append("\">\n")
                .append("<meta name=\"date\" content=\"").append(Reproducible.dateOf(doc)).append("\">\n")
                .append("<style>body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #444;padding:.3em .5em;")
                .append("vertical-align:top;text-align:left}.num{text-align:right}</style>\n")
                .append("</head>\n<body>\n");
        boolean inList = false;
        for (Element e : doc.content()) {
            if (inList && !(e instanceof Element.Item)) {
                out.append("</ul>\n");
                inList = false;
            }
            if (e instanceof Element.Title t) {
                out.append("<h1>").append(esc(t.text())).append("</h1>\n");
            } else if (e instanceof Element.Heading h) {
                out.append("<h").append(h.level() + 1).append('>').append(esc(h.text()))
                        .append("</h").append(h.level() + 1).append(">\n");
            } else if (e instanceof Element.Para p) {
                out.append("<p>").append(esc(p.text())).append("</p>\n");
            } else if (e instanceof Element.Item i) {
                if (!inList) {
                    out.append("<ul style=\"list-style:none\">\n");
                    inList = true;
                }
                out.append("<li>").append(esc(i.label())).append(' ').append(esc(i.text())).append("</li>\n");
            } else if (e instanceof Element.Fields f) {
                table(out, f.rows(), 0);
            } else if (e instanceof Element.Grid g) {
                table(out, g.rows(), g.headerRows());
            } else if (e instanceof Element.PageBreak) {
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder out, List<List<String>> rows, int headerRows) {
        out.append("<table>\n");
        boolean[] numeric = Element.numericColumns(rows, headerRows);
        for (int r = 0; r < rows.size(); r++) {
            out.append("<tr>");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                String tag = r < headerRows || (headerRows == 0 && c == 0) ? "th" : "td";
                boolean number = numeric[c];
                out.append('<').append(tag).append(number ? " class=\"num\">" : ">")
                        .append(esc(cell)).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
