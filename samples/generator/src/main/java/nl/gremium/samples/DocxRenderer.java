package nl.gremium.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a sample document as DOCX with real paragraph styles (Title, Heading 1, Heading 2, List
 * Paragraph) so that Tika reports headings as headings, and real Word tables with borders.
 */
final class DocxRenderer {
    private DocxRenderer() {}

    static byte[] render(SampleDoc doc) {
        try (XWPFDocument docx = new XWPFDocument()) {
            XWPFStyles styles = docx.createStyles();
            style(styles, "Title", "Title", -1);
            style(styles, "Heading1", "heading 1", 0);
            style(styles, "Heading2", "heading 2", 1);
            style(styles, "ListParagraph", "List Paragraph", -1);
            boolean breakBefore = false;
            for (Element e : doc.content()) {
                if (e instanceof Element.PageBreak) {
                    breakBefore = true;
                    continue;
                }
                XWPFParagraph first = add(docx, e);
                if (breakBefore && first != null) {
                    first.setPageBreak(true);
                }
                breakBefore = false;
            }
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            core.setTitle(doc.title());
            core.setCreator(doc.organisation());
            core.setLastModifiedByUser(doc.organisation());
            core.setCreated(Optional.of(Reproducible.date(doc)));
            core.setModified(Optional.of(Reproducible.date(doc)));
            docx.getProperties().getExtendedProperties().setApplication(Reproducible.CREATOR);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            docx.write(bytes);
            return Reproducible.zip(bytes.toByteArray(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + doc.file() + " as DOCX", e);
        }
    }

    /** Adds one element; returns its first paragraph (null for a table) so a page break can be attached. */
    private static XWPFParagraph add(XWPFDocument docx, Element e) {
        if (e instanceof Element.Title t) {
            return styled(docx, "Title", t.text(), true, 16);
        } else if (e instanceof Element.Heading h) {
            return styled(docx, h.level() == 1 ? "Heading1" : "Heading2", h.text(), true, h.level() == 1 ? 13 : 11);
        } else if (e instanceof Element.Para p) {
            return styled(docx, null, p.text(), false, 0);
        } else if (e instanceof Element.Item i) {
            XWPFParagraph p = styled(docx, "ListParagraph", i.label() + "\t" + i.text(), false, 0);
            p.setIndentationLeft(360 + 360 * i.indent());
            p.setIndentationHanging(360);
            return p;
        } else if (e instanceof Element.Fields f) {
            table(docx, f.rows(), 0);
            return null;
        } else if (e instanceof Element.Grid g) {
            table(docx, g.rows(), g.headerRows());
            return null;
        }
        throw new IllegalStateException("page breaks are handled by the caller");
    }

    private static XWPFParagraph styled(XWPFDocument docx, String style, String text, boolean bold, int size) {
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        String[] parts = text.split("\t", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(parts[i], i);
        }
        run.setBold(bold);
        if (size > 0) {
            run.setFontSize(size);
        }
        return p;
    }

    private static void table(XWPFDocument docx, List<List<String>> rows, int headerRows) {
        XWPFTable t = docx.createTable(rows.size(), rows.get(0).size());
        boolean[] numeric = Element.numericColumns(rows, headerRows);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            boolean bold = r < headerRows || "Totaal".equalsIgnoreCase(row.get(0));
            for (int c = 0; c < row.size(); c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                XWPFRun run = p.createRun();
                run.setText(row.get(c));
                run.setBold(bold || (headerRows == 0 && c == 0));
                if (numeric[c]) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
            }
        }
        docx.createParagraph(); // Word needs a paragraph between adjacent tables
    }

    private static void style(XWPFStyles styles, String id, String name, int outlineLevel) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        if (outlineLevel >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
