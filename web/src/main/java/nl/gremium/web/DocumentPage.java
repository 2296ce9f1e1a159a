package nl.gremium.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gremium.access.Role;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Amount;
import nl.gremium.model.Block;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Recommendation;
import nl.gremium.model.SourcePart;
import nl.gremium.model.Table;
import nl.gremium.model.Tags;
import nl.gremium.text.Whitespace;

/**
 * One document: metadata, a table of contents of its agenda items, the tagged records, and the full
 * text in reading order with agenda items as sections, tables as tables and records marked in place.
 */
final class DocumentPage {
    /** Records listed per type in the side panel; a letter with hundreds of table amounts lists the first ones. */
    private static final int LIST_MAX = 40;

    private DocumentPage() {}

    static String render(LogicalDocument d, boolean originalAvailable) {
        return render(d, originalAvailable, id -> null);
    }

    /** @param titles the title of another stored document by id (null when unknown), for the sources of motion outcomes */
    static String render(LogicalDocument d, boolean originalAvailable, Function<String, String> titles) {
        Messages msg = Messages.current();
        StringBuilder h = new StringBuilder(32_000);
        String title = titleOf(d);
        h.append("<article class=\"doc\" lang=\"nl\">");
        h.append("<p class=\"crumbs\" lang=\"").append(msg.code()).append("\"><a href=\"/\">").append(msg.get("nav.search"))
                .append("</a> › ").append(msg.get("doc.document")).append("</p>");
        h.append("<h1>").append(Html.esc(title)).append("</h1>");
        h.append(metadata(d, originalAvailable));
        h.append(motions(d, titles));
        String side = contents(d) + records(d);
        h.append(side.isEmpty() ? "<div class=\"doc-single\"><div class=\"doc-text\">"
                : "<div class=\"doc-grid\"><aside class=\"doc-side\" lang=\"" + msg.code() + "\">" + side + "</aside><div class=\"doc-text\">");
        h.append(text(d));
        h.append("</div></div></article>");
        return h.toString();
    }

    static String titleOf(LogicalDocument d) {
        String t = d.title();
        return t != null && !t.isBlank() ? t : d.source().fileName() + (d.part() > 1 ? " (" + Messages.current().get("doc.part", d.part()) + ")" : "");
    }

    private static String metadata(LogicalDocument d, boolean originalAvailable) {
        Metadata m = d.metadata();
        Messages msg = Messages.current();
        StringBuilder h = new StringBuilder("<dl class=\"meta\" lang=\"" + msg.code() + "\">");
        row(h, msg.get("doc.kind"), "<span class=\"kind\">" + Html.esc(msg.get("kind." + (d.kind() == null ? "other" : d.kind().name()))) + "</span>");
        if (m != null) {
            row(h, msg.get("doc.organisation"), Html.esc(m.organisation()));
            row(h, msg.get("dec.body"), Html.esc(m.body()));
            row(h, msg.get("doc.meetingDate"), Html.esc(msg.date(m.meetingDate())));
            row(h, msg.get("doc.documentDate"), Html.esc(msg.date(m.documentDate())));
            row(h, msg.get("doc.language"), Html.esc(m.language()));
            String confidential = m.confidential() ? msg.get("doc.confidentialYes") : msg.get("doc.confidentialNo");
            if (Principal.current().may(Role.Permission.mark)) {
                confidential += " <form method=\"post\" action=\"/documents/" + Html.url(d.id()) + "/confidentiality\" class=\"mark\" id=\"mark-form\">"
                        + "<input type=\"hidden\" name=\"confidential\" value=\"" + (m.confidential() ? "no" : "yes") + "\">"
                        + "<button type=\"submit\">" + msg.get(m.confidential() ? "doc.markPublic" : "doc.markConfidential") + "</button></form>";
            }
            row(h, msg.get("doc.confidential"), confidential);
        }
        Map<String, Integer> redacted = d.redactionsByGround();
        if (!redacted.isEmpty()) {
            row(h, msg.get("doc.redactions"), Html.esc(redacted.values().stream().mapToInt(Integer::intValue).sum() + " — "
                    + redacted.entrySet().stream().map(e -> (e.getKey().isEmpty() ? msg.get("doc.noGround") : e.getKey()) + ": " + e.getValue())
                    .collect(Collectors.joining(", "))));
        }
        if (d.ocrConfidence() != null) {
            row(h, msg.get("doc.text"), Html.esc(msg.get("doc.ocr", msg.decimal(d.ocrConfidence(), 2))));
        }
        String source = place(d.location());
        if (originalAvailable) {
            // a part of a bundle PDF opens at its first page
            String at = "pdf".equals(OriginalFiles.extension(d.source().fileName())) && d.pageStart() > 1 ? "#page=" + d.pageStart() : "";
            source += " · <a href=\"/files/" + Html.esc(d.id()) + at + "\">" + msg.get("doc.original") + "</a>";
        }
        row(h, msg.get("doc.source"), source);
        if (!d.alsoIn().isEmpty()) {
            // the same content came in again (a bundle part, a copy in another folder): one document, several places
            row(h, msg.get("doc.alsoIn"), String.join("<br>", d.alsoIn().stream().map(DocumentPage::place).toList()));
        }
        row(h, "Id", "<code>" + Html.esc(d.id()) + "</code> · <a href=\"/api/documents/" + Html.esc(d.id()) + "\">JSON</a>");
        return h.append("</dl>").toString();
    }

    /** "file.pdf (pages 11–13, part 7)" */
    private static String place(SourcePart p) {
        Messages msg = Messages.current();
        String pages = p.pageStart() == p.pageEnd() ? msg.get("dec.page", p.pageStart()) : msg.get("doc.pages", p.pageStart(), p.pageEnd());
        String name = p.source() == null ? "?" : p.source().fileName();
        return Html.esc(name) + " (" + pages + (p.part() > 0 ? ", " + msg.get("doc.part", p.part()) : "") + ")";
    }

    /**
     * A motion's or amendment's outcome with where it is recorded: the stamp on the document itself, or the
     * decision-list row or minutes vote of another document (linked to that record).
     */
    static String motions(LogicalDocument d, Function<String, String> titles) {
        if (d.tags().motions().isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section class=\"motions\" lang=\"nl\">");
        for (Motion m : d.tags().motions()) {
            h.append("<p class=\"motion\"><strong>").append(m.kind() == DocKind.amendment ? "Amendement" : "Motie").append("</strong>");
            if (m.number() != null) {
                h.append(' ').append(Html.esc(m.number()));
            }
            if (m.title() != null) {
                h.append(" · ").append(Html.esc(m.title()));
            }
            h.append("<br><span class=\"motion-outcome\">Uitkomst: ");
            if (m.outcome() == null) {
                h.append("niet bekend");
            } else {
                h.append(Html.esc(m.outcomeText() != null ? m.outcomeText().toLowerCase(Locale.ROOT)
                        : m.outcome().name().replace('_', ' ')));
                h.append(" — bron: ").append(source(m, titles));
            }
            h.append("</span></p>");
        }
        return h.append("</section>").toString();
    }

    /** The record that gives the outcome: "docId#d…" links to that document at the record; else the stamp here. */
    private static String source(Motion m, Function<String, String> titles) {
        if (m.outcomeSource() == null) {
            return "stempel op dit document (p. " + m.page() + ")";
        }
        int hash = m.outcomeSource().indexOf('#');
        String docId = hash < 0 ? m.outcomeSource() : m.outcomeSource().substring(0, hash);
        String title = titles.apply(docId);
        return "<a class=\"outcome-source\" href=\"/documents/" + Html.url(docId) + "#rec-" + Html.esc(Html.anchor(m.outcomeSource()))
                + "\">" + Html.esc(title == null || title.isBlank() ? docId : title) + "</a>";
    }

    private static void row(StringBuilder h, String label, String valueHtml) {
        if (valueHtml != null && !valueHtml.isBlank()) {
            h.append("<dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd>");
        }
    }

    private static String contents(LogicalDocument d) {
        if (d.agendaItems().isEmpty()) {
            return "";
        }
        String label = Messages.current().get("doc.agendaItems");
        StringBuilder h = new StringBuilder("<nav class=\"toc\" aria-label=\"" + label + "\"><h2>" + label + "</h2><ul class=\"plain\">");
        for (AgendaItem a : d.agendaItems()) {
            h.append("<li><a href=\"#item-").append(Html.esc(Html.anchor(a.number()))).append("\">")
                    .append(Html.esc(a.number())).append(". ").append(Html.esc(a.title())).append("</a></li>");
        }
        return h.append("</ul></nav>").toString();
    }

    private static String records(LogicalDocument d) {
        Tags t = d.tags();
        StringBuilder h = new StringBuilder();
        if (t.decisions().isEmpty() && t.recommendations().isEmpty() && t.actions().isEmpty() && t.amounts().isEmpty()) {
            return "";
        }
        Messages msg = Messages.current();
        h.append("<section class=\"found\"><h2>").append(msg.get("doc.found")).append("</h2>");
        list(h, msg.get("nav.decisions"), "decision", t.decisions().stream().map(x -> new String[] {x.id(),
                (x.agendaItem() != null ? x.agendaItem() + " · " : "") + x.text()}).toList());
        list(h, msg.get("nav.recommendations"), "recommendation", t.recommendations().stream().map(x -> new String[] {x.id(),
                (x.number() != null ? x.number() + " · " : "") + x.text()}).toList());
        list(h, msg.get("doc.actions"), "action", t.actions().stream().map(x -> new String[] {x.id(),
                (x.actor() != null ? x.actor() + ": " : "") + x.text()}).toList());
        list(h, msg.get("doc.amounts"), "amount", t.amounts().stream().map(x -> new String[] {x.id(), x.raw()}).toList());
        return h.append("</section>").toString();
    }

    private static void list(StringBuilder h, String heading, String type, List<String[]> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<h3><span class=\"badge ").append(type).append("\">").append(heading).append("</span> ")
                .append(items.size()).append("</h3><ul class=\"reclist\">");
        for (String[] it : items.subList(0, Math.min(LIST_MAX, items.size()))) {
            h.append("<li><a href=\"#rec-").append(Html.esc(Html.anchor(it[0]))).append("\" lang=\"nl\">")
                    .append(Html.esc(Html.truncate(it[1], 140))).append("</a>");
            if ("recommendation".equals(type)) {
                h.append(" · <a href=\"/recommendations/").append(Html.url(it[0])).append("\">").append(Messages.current().get("rec.status").toLowerCase(Messages.current().locale())).append("</a>");
            }
            h.append("</li>");
        }
        if (items.size() > LIST_MAX) {
            h.append("<li class=\"muted\">").append(Messages.current().get("doc.moreInText", items.size() - LIST_MAX)).append("</li>");
        }
        h.append("</ul>");
    }

    private static String text(LogicalDocument d) {
        List<Block> blocks = d.blocks();
        List<InlineMarks.Mark>[] marksPerBlock = placeMarks(d);
        StringBuilder h = new StringBuilder(blocks.size() * 200);
        // agenda items as sections, nested (5 holds 5.1): open at blockStart, close at blockEnd;
        // an item that runs past its parent's end is cut there so the markup stays well formed
        List<AgendaItem> items = new ArrayList<>(d.agendaItems());
        items.sort(Comparator.comparingInt(AgendaItem::blockStart).thenComparing(a -> -a.blockEnd()));
        Deque<Integer> open = new ArrayDeque<>(); // effective end of each open section
        int itemIdx = 0;
        int page = -1;
        for (int i = 0; i < blocks.size(); i++) {
            while (!open.isEmpty() && open.peek() <= i) {
                open.pop();
                h.append("</section>");
            }
            while (itemIdx < items.size() && items.get(itemIdx).blockStart() <= i) {
                AgendaItem a = items.get(itemIdx++);
                int end = open.isEmpty() ? a.blockEnd() : Math.min(a.blockEnd(), open.peek());
                if (end > i) {
                    open.push(end);
                    h.append("<section class=\"item\" id=\"item-").append(Html.esc(Html.anchor(a.number())))
                            .append("\" aria-label=\"").append(Messages.current().get("dec.agendaItem", Html.esc(a.number()))).append("\">");
                }
            }
            Block b = blocks.get(i);
            if (b.page() != page) {
                page = b.page();
                h.append("<div class=\"page\" id=\"page-").append(page).append("\" lang=\"").append(Messages.current().code()).append("\">")
                        .append(Messages.current().get("dec.page", page)).append("</div>");
            }
            h.append(block(b, marksPerBlock[i]));
        }
        h.append("</section>".repeat(open.size()));
        return h.toString();
    }

    private static String block(Block b, List<InlineMarks.Mark> marks) {
        if (b.table() != null) {
            return table(b.table(), marks);
        }
        String inner = redactions(marked(b.text(), marks), b.redactions());
        return switch (b.type()) {
            case HEADING -> {
                int level = Math.min(6, Math.max(2, (b.level() == null ? 1 : b.level()) + 1));
                yield "<h" + level + " class=\"bh\">" + inner + "</h" + level + ">";
            }
            case LIST_ITEM -> "<p class=\"li d" + Math.min(4, Math.max(1, b.level() == null ? 1 : b.level())) + "\">"
                    + (b.number() != null ? "<span class=\"marker\">" + Html.esc(b.number()) + "</span> " : "")
                    + inner + "</p>";
            default -> "<p>" + inner + "</p>";
        };
    }

    /** Each redaction mark as a black bar naming its Woo ground. */
    static String redactions(String html, List<String> grounds) {
        if (grounds == null) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = html.indexOf(Block.REDACTED), from = 0; ; i = html.indexOf(Block.REDACTED, from)) {
            out.append(html, from, i < 0 ? html.length() : i);
            if (i < 0) {
                return out.toString();
            }
            String ground = next < grounds.size() ? grounds.get(next++) : "";
            out.append("<span class=\"redacted\" lang=\"nl\" title=\"weggelakt").append(ground.isEmpty() ? "" : " op grond van " + Html.esc(ground))
                    .append("\">").append(ground.isEmpty() ? "weggelakt" : Html.esc(ground)).append("</span>");
            from = i + Block.REDACTED.length();
        }
    }

    private static String marked(String text, List<InlineMarks.Mark> marks) {
        if (marks == null || marks.isEmpty()) {
            return Html.esc(text);
        }
        InlineMarks im = new InlineMarks(text);
        marks.forEach(im::add);
        return im.html();
    }

    static String table(Table t, List<InlineMarks.Mark> marks) {
        StringBuilder h = new StringBuilder("<div class=\"table-wrap\"><table class=\"data\" id=\"table-")
                .append(Html.esc(Html.anchor(t.id()))).append("\">");
        if (t.caption() != null && !t.caption().isBlank()) {
            h.append("<caption>").append(Html.esc(t.caption())).append("</caption>");
        }
        if (!t.header().isEmpty()) {
            h.append("<thead>");
            for (List<Cell> r : t.header()) {
                h.append("<tr>");
                r.forEach(c -> h.append("<th scope=\"col\">").append(Html.esc(c.text())).append("</th>"));
                h.append("</tr>");
            }
            h.append("</thead>");
        }
        h.append("<tbody>");
        List<List<Cell>> body = t.body();
        List<InlineMarks.Mark> unused = marks == null ? new ArrayList<>() : new ArrayList<>(marks);
        for (int i = 0; i < body.size(); i++) {
            boolean total = t.totalsRow() != null && t.totalsRow() == i + t.headerRows();
            h.append(total ? "<tr class=\"total\">" : "<tr>");
            List<Cell> r = body.get(i);
            for (int c = 0; c < r.size(); c++) {
                Cell cell = r.get(c);
                boolean num = cell.number() != null;
                String tag = c == 0 && !num ? "th scope=\"row\"" : "td";
                h.append('<').append(tag).append(num ? " class=\"num\">" : ">").append(marked(cell.text(), cellMarks(cell, unused)))
                        .append("</").append(tag.split(" ")[0]).append('>');
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    /** The marks whose text is this cell's text; each used once, so an id appears once on the page. */
    private static List<InlineMarks.Mark> cellMarks(Cell cell, List<InlineMarks.Mark> unused) {
        List<InlineMarks.Mark> hit = unused.stream()
                .filter(m -> m.find() != null && cell.text() != null && m.find().strip().equals(cell.text().strip())).limit(1).toList();
        unused.removeAll(hit);
        return hit;
    }

    /** Decides for each tagged record which block it is shown in; a record that matches no block is only listed. */
    @SuppressWarnings("unchecked")
    private static List<InlineMarks.Mark>[] placeMarks(LogicalDocument d) {
        List<Block> blocks = d.blocks();
        List<InlineMarks.Mark>[] per = new List[blocks.size()];
        Messages msg = Messages.current();
        InlineMarks[] probes = new InlineMarks[blocks.size()]; // each block's normalised text, built once
        for (int i = 0; i < per.length; i++) {
            per[i] = new ArrayList<>();
            probes[i] = new InlineMarks(blocks.get(i).text());
        }
        Tags t = d.tags();
        for (Decision x : t.decisions()) {
            place(blocks, probes, per, new InlineMarks.Mark(x.text(), "decision", x.id(), msg.get("dec.decision") + outcome(x)), x.page(), null);
        }
        for (Recommendation x : t.recommendations()) {
            place(blocks, probes, per, new InlineMarks.Mark(x.text(), "recommendation", x.id(),
                    x.addressee() != null ? msg.get("doc.recTo", x.addressee()) : msg.get("rec.recommendation")), x.page(), null);
        }
        for (Action x : t.actions()) {
            place(blocks, probes, per, new InlineMarks.Mark(x.text(), "action", x.id(),
                    msg.get("doc.action") + (x.actor() != null ? " " + msg.get("doc.for", x.actor()) : "")
                            + (x.due() != null ? ", " + msg.get("rec.dueOn", msg.date(x.due())) : "")), x.page(), null);
        }
        for (Amount x : t.amounts()) {
            place(blocks, probes, per, new InlineMarks.Mark(x.raw(), "amount", x.id(), msg.get("doc.amount") + " " + Html.euro(x.value())), x.page(),
                    x.tableId() == null ? firstWords(x.text()) : null);
        }
        return per;
    }

    private static String outcome(Decision x) {
        return x.outcome() == null ? "" : " (" + DecisionsPage.outcomeLabel(x.outcome().name()) + ")";
    }

    /**
     * The first block on the record's page (then anywhere) whose text holds the record; for an amount
     * in running text, the block that holds both its sentence's first words and the amount as printed.
     */
    private static void place(List<Block> blocks, InlineMarks[] probes, List<InlineMarks.Mark>[] per, InlineMarks.Mark m,
                              int page, String context) {
        if (m.find() == null || m.find().isBlank()) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < blocks.size(); i++) {
                if ((pass == 0 && blocks.get(i).page() != page) || (pass == 1 && blocks.get(i).page() == page)) {
                    continue;
                }
                if ((context == null || probes[i].holds(context)) && probes[i].locate(m.find()) != null) {
                    per[i].add(m);
                    return;
                }
            }
        }
    }

    private static String firstWords(String s) {
        if (s == null) {
            return null;
        }
        String n = Whitespace.normalize(s);
        return n.length() > 30 ? n.substring(0, 30) : n;
    }
}
