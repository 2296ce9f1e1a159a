package nl.gremium.samples;

import java.util.List;

/** Renders a sample document as RTF 1.9 (ANSI code page 1252; other characters as \\u escapes). */
final class RtfRenderer {
    private RtfRenderer() {}

    static String render(SampleDoc doc) {
        StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0\n")
                .append("{\\fonttbl{\\f0\\fswiss Arial;}}\n")
                .append("{\\info{\\title ").append(esc(doc.title())).append("}{\\author ")
                .append(esc(doc.organisation())).append('}');
        var d = Reproducible.dateOf(doc);
        out.append("{\\creatim\\yr").append(d.getYear()).append("\\mo").append(d.getMonthValue())
                .append("\\dy").append(d.getDayOfMonth()).append("\\hr9\\min0}}\n")
                .append("\\paperw11906\\paperh16838\\margl1418\\margr1418\\fs21\n");
        for (Element e : doc.content()) {
            if (e instanceof Element.Title t) {
                out.append("{\\pard\\sb120\\sa240\\b\\fs32 ").append(esc(t.text())).append("\\par}\n");
            } else if (e instanceof Element.Heading h) {
                out.append("{\\pard\\sb240\\sa120\\outlinelevel").append(h.level() - 1)
                        .append("\\b\\fs").append(h.level() == 1 ? 26 : 23).append(' ').append(esc(h.text())).append("\\par}\n");
            } else if (e instanceof Element.Para p) {
                out.append("{\\pard\\sa160 ").append(esc(p.text())).append("\\par}\n");
            } else if (e instanceof Element.Item i) {
                out.append("{\\pard\\li").append(720 + 360 * i.indent()).append("\\fi-360\\sa80 ")
                        .append(esc(i.label())).append("\\tab ").append(esc(i.text())).append("\\par}\n");
            } else if (e instanceof Element.Fields f) {
                for (List<String> r : f.rows()) {
                    out.append("{\\pard\\tx2268 {\\b ").append(esc(r.get(0))).append("}\\tab ")
                            .append(esc(r.get(1))).append("\\par}\n");
                }
                out.append("{\\pard\\sa160\\par}\n");
            } else if (e instanceof Element.Grid g) {
                grid(out, g);
            } else if (e instanceof Element.PageBreak) {
                out.append("\\page\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static void grid(StringBuilder out, Element.Grid g) {
        int cols = g.rows().get(0).size();
        int width = 9000 / cols;
        for (int r = 0; r < g.rows().size(); r++) {
            out.append("\\trowd\\trgaph70");
            for (int c = 1; c <= cols; c++) {
                out.append("\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx").append(c * width);
            }
            out.append('\n');
            for (String cell : g.rows().get(r)) {
                out.append("\\pard\\intbl").append(r < g.headerRows() ? "\\b " : "\\b0 ").append(esc(cell)).append("\\cell\n");
            }
            out.append("\\row\n");
        }
        out.append("\\pard\\b0\\sa160\\par\n");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\', '{', '}' -> out.append('\\').append(ch);
                default -> {
                    if (ch < 128) {
                        out.append(ch);
                    } else {
                        out.append("\\u").append((int) (short) ch).append('?');
                    }
                }
            }
        }
        return out.toString();
    }
}
