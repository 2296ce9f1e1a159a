package nl.gremium.samples;

import static nl.gremium.samples.HtmlRenderer.esc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an OpenDocument text file by hand: the zip with an uncompressed {@code mimetype} first,
 * then content.xml, styles.xml (named heading styles with outline levels), meta.xml and the manifest.
 */
final class OdtRenderer {
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " office:version=\"1.3\"";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private OdtRenderer() {}

    static byte[] render(SampleDoc doc) {
        try {
            return new Reproducible.Zip(doc)
                    .add("mimetype", bytes("application/vnd.oasis.opendocument.text"), false)
                    .add("content.xml", bytes(content(doc)), true)
                    .add("styles.xml", bytes(styles()), true)
                    .add("meta.xml", bytes(meta(doc)), true)
                    .add("META-INF/manifest.xml", bytes(manifest()), true)
                    .finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + doc.file(), e);
        }
    }

    private static String content(SampleDoc doc) {
        StringBuilder out = new StringBuilder(XML).append("<office:document-content").append(NS).append(">\n")
                .append("<office:automatic-styles>\n")
                .append("<style:style style:name=\"PB\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\">")
                .append("<style:paragraph-properties fo:break-before=\"page\"/></style:style>\n")
                .append("<style:style style:name=\"Cell\" style:family=\"table-cell\">")
                .append("<style:table-cell-properties fo:border=\"0.5pt solid #000000\" fo:padding=\"0.1cm\"/></style:style>\n")
                .append("</office:automatic-styles>\n<office:body>\n<office:text>\n");
        int tables = 0;
        boolean pageBreak = false;
        for (Element e : doc.content()) {
            if (pageBreak && !(e instanceof Element.Para)) {
                out.append("<text:p text:style-name=\"PB\"/>\n");
                pageBreak = false;
            }
            if (e instanceof Element.Title t) {
                out.append("<text:p text:style-name=\"Title\">").append(esc(t.text())).append("</text:p>\n");
            } else if (e instanceof Element.Heading h) {
                out.append("<text:h text:style-name=\"Heading_20_").append(h.level())
                        .append("\" text:outline-level=\"").append(h.level()).append("\">").append(esc(h.text())).append("</text:h>\n");
            } else if (e instanceof Element.Para p) {
                out.append("<text:p text:style-name=\"").append(pageBreak ? "PB" : "Text_20_body").append("\">")
                        .append(esc(p.text())).append("</text:p>\n");
                pageBreak = false;
            } else if (e instanceof Element.Item i) {
                out.append("<text:p text:style-name=\"List_20_").append(i.indent() + 1).append("\">")
                        .append(esc(i.label())).append("<text:tab/>").append(esc(i.text())).append("</text:p>\n");
            } else if (e instanceof Element.Fields f) {
                table(out, ++tables, f.rows(), 0);
            } else if (e instanceof Element.Grid g) {
                table(out, ++tables, g.rows(), g.headerRows());
            } else if (e instanceof Element.PageBreak) {
                pageBreak = true;
            }
        }
        return out.append("</office:text>\n</office:body>\n</office:document-content>\n").toString();
    }

    private static void table(StringBuilder out, int n, List<List<String>> rows, int headerRows) {
        out.append("<table:table table:name=\"Tabel").append(n).append("\">\n")
                .append("<table:table-column table:number-columns-repeated=\"").append(rows.get(0).size()).append("\"/>\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 0 && headerRows > 0) {
                out.append("<table:table-header-rows>\n");
            }
            out.append("<table:table-row>");
            for (String cell : rows.get(r)) {
                out.append("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"><text:p text:style-name=\"")
                        .append(r < headerRows ? "Table_20_Heading" : "Table_20_Contents").append("\">")
                        .append(esc(cell)).append("</text:p></table:table-cell>");
            }
            out.append("</table:table-row>\n");
            if (r == headerRows - 1) {
                out.append("</table:table-header-rows>\n");
            }
        }
        out.append("</table:table>\n");
    }

    private static String styles() {
        return XML + "<office:document-styles" + NS + ">\n<office:styles>\n"
                + "<style:style style:name=\"Standard\" style:family=\"paragraph\">"
                + "<style:text-properties style:font-name=\"Arial\" fo:font-size=\"10.5pt\"/></style:style>\n"
                + paragraphStyle("Text_20_body", "Text body", "Standard", "", "<style:paragraph-properties fo:margin-bottom=\"0.2cm\"/>")
                + paragraphStyle("Title", "Title", "Standard", "", "<style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/>")
                + paragraphStyle("Heading_20_1", "Heading 1", "Standard", " style:default-outline-level=\"1\"",
                        "<style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/>")
                + paragraphStyle("Heading_20_2", "Heading 2", "Standard", " style:default-outline-level=\"2\"",
                        "<style:text-properties fo:font-size=\"11.5pt\" fo:font-weight=\"bold\"/>")
                + paragraphStyle("List_20_1", "List 1", "Text_20_body", "", "<style:paragraph-properties fo:margin-left=\"0.6cm\" fo:text-indent=\"-0.6cm\"/>")
                + paragraphStyle("List_20_2", "List 2", "Text_20_body", "", "<style:paragraph-properties fo:margin-left=\"1.2cm\" fo:text-indent=\"-0.6cm\"/>")
                + paragraphStyle("Table_20_Contents", "Table Contents", "Standard", "", "")
                + paragraphStyle("Table_20_Heading", "Table Heading", "Table_20_Contents", "",
                        "<style:text-properties fo:font-weight=\"bold\"/>")
                + "</office:styles>\n</office:document-styles>\n";
    }

    private static String paragraphStyle(String name, String display, String parent, String extra, String props) {
        return "<style:style style:name=\"" + name + "\" style:display-name=\"" + display
                + "\" style:family=\"paragraph\" style:parent-style-name=\"" + parent + "\"" + extra + ">"
                + props + "</style:style>\n";
    }

    private static String meta(SampleDoc doc) {
        String when = Reproducible.dateOf(doc) + "T09:00:00";
        return XML + "<office:document-meta" + NS + ">\n<office:meta>\n"
                + "<meta:generator>" + Reproducible.CREATOR + "</meta:generator>\n"
                + "<dc:title>" + esc(doc.title()) + "</dc:title>\n"
                + "<meta:initial-creator>" + esc(doc.organisation()) + "</meta:initial-creator>\n"
                + "<dc:creator>" + esc(doc.organisation()) + "</dc:creator>\n"
                + "<meta:creation-date>" + when + "</meta:creation-date>\n"
                + "<dc:date>" + when + "</dc:date>\n"
                + "<dc:language>nl-NL</dc:language>\n"
                + "</office:meta>\n</office:document-meta>\n";
    }

    private static String manifest() {
        return XML + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\" manifest:version=\"1.3\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
