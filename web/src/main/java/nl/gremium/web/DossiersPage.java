package nl.gremium.web;

import java.util.List;
import nl.gremium.meeting.Dossier;
import nl.gremium.meeting.DossierEntry;
import nl.gremium.meeting.MeetingItem;
import nl.gremium.model.Decision;

/** The dossiers and one dossier's timeline across meetings and bodies. */
final class DossiersPage {
    private DossiersPage() {}

    static String list(List<Dossier> shown, String q) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(10_000);
        h.append("<h1>").append(m.get("dos.title")).append("</h1><p class=\"muted\">").append(m.get("dos.intro")).append("</p>")
                .append("<form class=\"search\" method=\"get\" action=\"/dossiers\" role=\"search\"><div class=\"field\"><label for=\"dq\">")
                .append(m.get("rec.filter.text")).append("</label><input type=\"search\" id=\"dq\" name=\"q\" value=\"").append(Html.esc(q))
                .append("\"></div><button type=\"submit\">").append(m.get("filter.submit")).append("</button></form>");
        if (shown.isEmpty()) {
            return h.append("<p>").append(m.get("dos.none")).append("</p>").toString();
        }
        h.append("<ol class=\"hits dossiers\">");
        for (Dossier d : shown) {
            h.append("<li class=\"dossier\"><a class=\"dossier-link hit-title\" href=\"/dossiers/").append(Html.url(d.id())).append("\" lang=\"nl\">")
                    .append(Html.esc(d.title())).append("</a><div class=\"hit-meta\">").append(m.get("dos.meetings", d.meetings()))
                    .append(" · ").append(Html.esc(String.join(", ", d.bodies()))).append(" · ")
                    .append(m.get("dos.period", m.date(d.first()), m.date(d.last())));
            if (!d.references().isEmpty()) {
                h.append(" · ").append(m.get("dos.references")).append(": ").append(Html.esc(String.join(", ", d.references())));
            }
            h.append("</div></li>");
        }
        return h.append("</ol>").toString();
    }

    static String dossier(Dossier d) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(10_000);
        h.append("<p class=\"crumbs\"><a href=\"/dossiers\">").append(m.get("dos.title")).append("</a></p><h1 lang=\"nl\">")
                .append(Html.esc(d.title())).append("</h1><p class=\"muted\">").append(m.get("dos.meetings", d.meetings())).append(" · ")
                .append(Html.esc(String.join(", ", d.bodies()))).append(" · ").append(m.get("dos.period", m.date(d.first()), m.date(d.last())));
        if (!d.references().isEmpty()) {
            h.append(" · ").append(m.get("dos.references")).append(": ").append(Html.esc(String.join(", ", d.references())));
        }
        h.append("</p>").append(SavedSearchPage.followButton("dossier:" + d.id(), m.get("dos.followName", d.title())));
        h.append("<h2>").append(m.get("dos.timeline")).append("</h2><ol class=\"timeline\">");
        for (DossierEntry e : d.timeline()) {
            h.append("<li class=\"timeline-entry\"><span class=\"when\">").append(Html.esc(m.date(e.date()))).append("</span> ")
                    .append("<span class=\"muted\">").append(Html.esc(e.body())).append("</span><div lang=\"nl\">");
            if (e.meetingId() != null) {
                h.append("<a class=\"meeting-link\" href=\"/vergaderingen/").append(Html.url(e.meetingId())).append("#item-")
                        .append(Html.esc(Html.anchor(MeetingItem.key(e.number(), e.title())))).append("\">")
                        .append(e.number() == null ? "" : m.get("mtg.item", Html.esc(e.number())) + ": ")
                        .append(Html.esc(e.title())).append("</a>");
            } else {
                h.append("<a href=\"/documents/").append(Html.url(e.docId())).append("\">").append(m.get("dos.document")).append(": ")
                        .append(Html.esc(e.title())).append("</a>");
            }
            h.append("</div>");
            for (Decision x : e.decisions()) {
                h.append("<p class=\"item-decision\" lang=\"nl\">").append(x.outcome() == null ? ""
                                : "<span class=\"badge decision\">" + Html.esc(m.get("outcome." + x.outcome().name())) + "</span> ")
                        .append(Html.esc(Html.truncate(x.text(), 300))).append("</p>");
            }
            h.append("</li>");
        }
        return h.append("</ol>").toString();
    }
}
