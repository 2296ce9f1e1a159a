package nl.gremium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.SourceFile;
import org.junit.jupiter.api.Test;

/** The pieces that turn untrusted text into markup: escaping, in-place marks, snippets, the chart, CSV and file names. */
class HtmlRenderingTest {

    @Test
    void datesAreWrittenTheDutchWay() {
        assertEquals("16-06-2025", Html.date(LocalDate.of(2025, 6, 16)));
        assertEquals("", Html.date(null));
    }

    @Test
    void escapesEverythingThatCouldBecomeMarkup() {
        assertEquals("&lt;script&gt;a(&#39;1&#39;)&lt;/script&gt; &amp; &quot;x&quot;", Html.esc("<script>a('1')</script> & \"x\""));
        assertEquals("", Html.esc(null));
        assertEquals("a b", Html.esc("a\u0000b"), "control characters are not valid HTML");
    }

    @Test
    void marksRecordsInPlaceAcrossWhitespaceAndNestsAnAmountInsideADecision() {
        InlineMarks m = new InlineMarks("Het bestuur\nbesluit € 5 <mln> toe te kennen. Einde.");
        assertTrue(m.add(new InlineMarks.Mark("Het bestuur besluit € 5 <mln> toe te kennen.", "decision", "d1", "Decision")));
        assertTrue(m.add(new InlineMarks.Mark("€ 5", "amount", "a1", "Amount")));
        assertFalse(m.add(new InlineMarks.Mark("niet aanwezig", "action", "x", "Action")));
        assertEquals("<mark class=\"rec decision\" id=\"rec-d1\" title=\"Decision\">Het bestuur\nbesluit "
                + "<mark class=\"rec amount\" id=\"rec-a1\" title=\"Amount\">€ 5</mark> &lt;mln&gt; toe te kennen.</mark> Einde.", m.html());
    }

    @Test
    void aSpanCrossingAnotherIsDroppedRatherThanBreakingTheMarkup() {
        InlineMarks m = new InlineMarks("aa bb cc dd");
        m.add(new InlineMarks.Mark("aa bb", "decision", "1", ""));
        m.add(new InlineMarks.Mark("bb cc", "action", "2", ""));
        String html = m.html();
        assertEquals(html.split("<mark", -1).length - 1, html.split("</mark>", -1).length - 1);
        assertTrue(html.contains("rec-1") && !html.contains("rec-2"));
    }

    @Test
    void snippetKeepsOnlyMarkTags() {
        assertEquals("a <mark>b</mark> &lt;img src=x&gt; &amp; R&amp;D &lt;/p&gt;<mark>c</mark>",
                SearchPage.safeSnippet("a <mark>b</mark> <img src=x> &amp; R&D </p><mark>c"), "entities kept, tags escaped, marks balanced");
        assertEquals("x ", SearchPage.safeSnippet("x </mark>"), "a stray closing tag is dropped");
    }

    @Test
    void chartDrawsOneLinePerSeriesOnARoundAxisAndEscapesLabels() {
        TreeMap<Integer, BigDecimal> a = new TreeMap<>();
        a.put(2025, new BigDecimal("27700000"));
        a.put(2026, new BigDecimal("28100000"));
        TreeMap<Integer, BigDecimal> b = new TreeMap<>();
        b.put(2026, new BigDecimal("28400000"));
        String svg = SvgChart.render("c1", "BDuR <regio>", List.of(new SvgChart.Series("brief <1>", a), new SvgChart.Series("brief 2", b)));
        assertEquals(2, svg.split("<polyline", -1).length - 1);
        assertEquals(3, svg.split("<circle", -1).length - 1);
        assertTrue(svg.contains("BDuR &lt;regio&gt;") && svg.contains("brief &lt;1&gt;") && !svg.contains("<1>"));
        assertTrue(svg.contains("€ 28,5 mln") && !svg.contains(">€ 0<"), "axis fitted to the data, on round numbers");
        assertEquals(5e7, SvgChart.niceCeiling(28_400_000));
        assertEquals(1000, SvgChart.niceCeiling(1000));
    }

    @Test
    void aSmallRevisionOnALargeAmountShowsNegativesGoBelowZeroAndOneYearIsAMarker() {
        double[] fitted = SvgChart.axis(7_642_170, 7_707_128);
        double revisionShare = (7_707_128 - 7_642_170) / (fitted[1] - fitted[0]);
        assertTrue(revisionShare > 0.3, "a € 65k revision on € 7,7 mln spans a good part of the height: " + revisionShare);
        double[] negative = SvgChart.axis(-12_300, 24_526);
        assertTrue(negative[0] <= -12_300 && negative[1] >= 24_526, "negatives inside the axis");
        TreeMap<Integer, BigDecimal> one = new TreeMap<>();
        one.put(2025, new BigDecimal("-12300"));
        String svg = SvgChart.render("c2", "Correctie", List.of(new SvgChart.Series("brief", one)));
        assertTrue(svg.contains("r=\"7\"") && svg.contains("class=\"single\""), "one year drawn as a marker");
        assertTrue(svg.contains("grid zero"), "the zero line is drawn");
        assertTrue(svg.contains("−") || svg.contains("-12"), "a negative axis label");
    }

    @Test
    void nestedAgendaItemsBecomeNestedSections() {
        List<Block> blocks = List.of(Block.heading("Besluitvormend", 1, 1, "5"), Block.heading("Begroting", 1, 2, "5.1"),
                Block.paragraph("Tekst 5.1", 1), Block.heading("Jaarrekening", 1, 2, "5.2"), Block.paragraph("Tekst 5.2", 1),
                Block.heading("Sluiting", 1, 1, "6"));
        LogicalDocument d = new LogicalDocument("0123456789abcdef-01", new SourceFile("/x.pdf", "x.pdf", "0".repeat(64), 1,
                "application/pdf", 1), 1, 1, 1, DocKind.agenda, null, blocks,
                List.of(new AgendaItem("5", "Besluitvormend", "", 1, 1, 0, 5), new AgendaItem("5.1", "Begroting", "", 1, 1, 1, 3),
                        new AgendaItem("5.2", "Jaarrekening", "", 1, 1, 3, 6), new AgendaItem("6", "Sluiting", "", 1, 1, 5, 6)), null);
        String html = DocumentPage.render(d, false);
        for (String n : List.of("5", "5.1", "5.2", "6")) {
            assertTrue(html.contains("id=\"item-" + n + "\""), "section for item " + n);
        }
        assertEquals(html.split("<section", -1).length - 1, html.split("</section>", -1).length - 1);
        assertTrue(html.indexOf("id=\"item-5.1\"") < html.indexOf("Tekst 5.1") && html.indexOf("Tekst 5.1") < html.indexOf("id=\"item-5.2\""));
    }

    @Test
    void fileNamesCannotLeaveTheirFolder() {
        assertEquals("passwd", OriginalFiles.safeName(".passwd"));
        assertEquals("document", OriginalFiles.safeName(".."));
        assertEquals("_etc_passwd", OriginalFiles.safeName("/etc/passwd"));
        assertEquals("brief 1.pdf", OriginalFiles.safeName("brief 1.pdf"));
    }

    @Test
    void redactionMarksShowTheirGroundAndNoWord() {
        String html = DocumentPage.redactions("De heer " + Block.REDACTED + " en " + Block.REDACTED + " &amp; co",
                List.of("5.1.2e", ""));
        assertEquals("De heer <span class=\"redacted\" lang=\"nl\" title=\"weggelakt op grond van 5.1.2e\">5.1.2e</span>"
                + " en <span class=\"redacted\" lang=\"nl\" title=\"weggelakt\">weggelakt</span> &amp; co", html);
        assertEquals("geen markering", DocumentPage.redactions("geen markering", null));
    }
}
