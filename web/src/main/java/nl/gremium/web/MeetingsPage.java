package nl.gremium.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gremium.meeting.Meeting;
import nl.gremium.meeting.MeetingItem;
import nl.gremium.meeting.Paper;
import nl.gremium.model.Decision;

/** The meeting calendar per body and one meeting's agenda with its papers, decisions and minutes. */
final class MeetingsPage {
    private MeetingsPage() {}

    static String calendar(List<Meeting> all, List<Meeting> shown, String body) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(10_000);
        h.append("<h1>").append(m.get("mtg.calendar")).append("</h1><p class=\"muted\">").append(m.get("mtg.intro")).append("</p>");
        h.append("<form class=\"search\" method=\"get\" action=\"/vergaderingen\">");
        h.append("<div class=\"field\"><label for=\"mb\">").append(m.get("mtg.body")).append("</label><select id=\"mb\" name=\"body\">")
                .append("<option value=\"\">").append(m.get("filter.any")).append("</option>");
        all.stream().map(Meeting::body).distinct().sorted().forEach(b -> h.append("<option").append(b.equals(body) ? " selected" : "")
                .append(" value=\"").append(Html.esc(b)).append("\">").append(Html.esc(b)).append("</option>"));
        h.append("</select></div><button type=\"submit\">").append(m.get("filter.submit")).append("</button></form>");
        if (shown.isEmpty()) {
            return h.append("<p>").append(m.get("mtg.none")).append("</p>").toString();
        }
        Map<String, Map<Integer, List<Meeting>>> byBody = new LinkedHashMap<>();
        for (Meeting x : shown) {
            byBody.computeIfAbsent(x.body(), k -> new LinkedHashMap<>()).computeIfAbsent(x.date().getYear(), k -> new ArrayList<>()).add(x);
        }
        byBody.forEach((b, years) -> {
            h.append("<section class=\"body-group calendar\"><h2>").append(Html.esc(b)).append("</h2>");
            years.forEach((year, list) -> {
                h.append("<h3>").append(year).append("</h3><ol class=\"meetings\">");
                for (Meeting x : list) {
                    h.append("<li class=\"meeting\"><a class=\"meeting-link\" href=\"/vergaderingen/").append(Html.url(x.id())).append("\">")
                            .append(Html.esc(m.date(x.date()))).append("</a> <span class=\"muted\">")
                            .append(m.get("mtg.items", x.items().size())).append(" · ").append(m.get("mtg.decisions", x.decisionCount()))
                            .append(" · ").append(m.get("mtg.documents", x.documents().size())).append("</span></li>");
                }
                h.append("</ol>");
            });
            h.append("</section>");
        });
        return h.toString();
    }

    static String meeting(MeetingHandler.Detail detail) {
        Messages m = Messages.current();
        Meeting x = detail.meeting();
        StringBuilder h = new StringBuilder(20_000);
        h.append("<p class=\"crumbs\"><a href=\"/vergaderingen?body=").append(Html.url(x.body())).append("\">").append(m.get("mtg.calendar"))
                .append("</a></p><h1>").append(Html.esc(x.body())).append(" · ").append(Html.esc(m.date(x.date()))).append("</h1>");
        h.append("<nav class=\"neighbours\" aria-label=\"").append(m.get("mtg.neighbours")).append("\">");
        if (x.previous() != null) {
            h.append("<a rel=\"prev\" id=\"previous-meeting\" href=\"/vergaderingen/").append(Html.url(x.previous())).append("\">← ")
                    .append(m.get("mtg.previous")).append("</a> ");
        }
        if (x.next() != null) {
            h.append("<a rel=\"next\" id=\"next-meeting\" href=\"/vergaderingen/").append(Html.url(x.next())).append("\">")
                    .append(m.get("mtg.next")).append(" →</a>");
        }
        h.append("</nav><h2>").append(m.get("mtg.agenda")).append("</h2>");
        if (x.items().isEmpty()) {
            h.append("<p>").append(m.get("mtg.noItems")).append("</p>");
        }
        h.append("<ol class=\"agenda\">");
        for (MeetingItem item : x.items()) {
            h.append("<li class=\"agenda-item\" id=\"item-").append(Html.esc(Html.anchor(item.key()))).append("\"><h3 lang=\"nl\">")
                    .append(item.number() == null ? "" : Html.esc(item.number()) + ". ");
            if (item.docId() != null) {
                h.append("<a href=\"/documents/").append(Html.url(item.docId())).append("#item-").append(Html.esc(Html.anchor(item.number())))
                        .append("\">").append(Html.esc(item.title() == null ? m.get("mtg.item", item.number()) : item.title())).append("</a>");
            }
            h.append("</h3>");
            String dossier = detail.dossiers().get(item.key());
            if (dossier != null) {
                h.append("<p class=\"muted\"><a class=\"dossier-link\" href=\"/dossiers/").append(Html.url(dossier)).append("\">")
                        .append(m.get("mtg.inDossier")).append("</a></p>");
            }
            if (!item.papers().isEmpty()) {
                h.append("<p class=\"papers-label\">").append(m.get("mtg.papers")).append("</p>").append(papers(item.papers()));
            }
            for (Decision d : item.decisions()) {
                h.append("<p class=\"item-decision\" lang=\"nl\">").append(d.outcome() == null ? ""
                                : "<span class=\"badge decision\">" + Html.esc(m.get("outcome." + d.outcome().name())) + "</span> ")
                        .append(Html.esc(d.text())).append("</p>");
            }
            if (item.minutes() != null) {
                h.append("<figure class=\"minutes\"><blockquote lang=\"nl\">").append(Html.esc(item.minutes().text()))
                        .append("</blockquote><figcaption><a href=\"/documents/").append(Html.url(item.minutes().docId())).append("#item-")
                        .append(Html.esc(Html.anchor(item.number()))).append("\">").append(m.get("mtg.minutes")).append("</a>, ")
                        .append(m.get("dec.page", item.minutes().page())).append("</figcaption></figure>");
            }
            h.append("</li>");
        }
        h.append("</ol>");
        if (!x.papers().isEmpty()) {
            h.append("<h2>").append(m.get("mtg.otherPapers")).append("</h2>").append(papers(x.papers()));
        }
        h.append("<h2>").append(m.get("mtg.allDocuments")).append("</h2>").append(papers(x.documents()));
        return h.toString();
    }

    private static String papers(List<Paper> papers) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder("<ul class=\"papers\">");
        for (Paper p : papers) {
            h.append("<li><a href=\"/documents/").append(Html.url(p.docId())).append("\">").append(Html.esc(p.title() == null ? p.docId() : p.title()))
                    .append("</a> <span class=\"muted\">").append(Html.esc(m.get("kind." + p.kind().name())))
                    .append(p.bundlePart() ? " · " + m.get("mtg.bundlePart") : "").append("</span></li>");
        }
        return h.append("</ul>").toString();
    }
}
