package nl.gremium.web;

import java.util.List;

/** The saved-searches page: the user's saved searches and follows with their feeds, and the form to add one. */
final class SavedSearchPage {
    private SavedSearchPage() {}

    /**
     * A link from a dossier's or a recommendation's page to the form above, filled in to follow it (the user adds
     * an e-mail address there, or keeps only the feed).
     */
    static String followButton(String follow, String name) {
        return "<p class=\"follow\"><a class=\"button\" id=\"follow\" href=\"/zoekopdrachten?follow=" + Html.url(follow) + "&amp;name="
                + Html.url(name) + "#sn\">" + Messages.current().get("follow.button") + "</a></p>";
    }

    static String render(List<SavedSearch> mine, String feedBase, String q, String follow, String name) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(8_000).append("<h1>").append(m.get("saved.title")).append("</h1>")
                .append("<p>").append(m.get("saved.intro")).append("</p>");
        h.append("<table class=\"saved\"><caption>").append(m.get("saved.count", mine.size())).append("</caption><thead><tr><th scope=\"col\">")
                .append(m.get("saved.name")).append("</th><th scope=\"col\">").append(m.get("saved.queryOrFollow")).append("</th><th scope=\"col\">")
                .append(m.get("saved.email")).append("</th><th scope=\"col\">Feed</th><th scope=\"col\"><span class=\"visually-hidden\">")
                .append(m.get("saved.remove")).append("</span></th></tr></thead><tbody>");
        for (SavedSearch s : mine) {
            h.append("<tr><td>").append(Html.esc(s.name())).append("</td><td>")
                    .append(s.query() != null ? "<a href=\"/?q=" + Html.url(s.query()) + "\">" + Html.esc(s.query()) + "</a>" : Html.esc(s.follow()))
                    .append("</td><td>").append(Html.esc(s.email() == null ? "—" : s.email())).append("</td><td><a class=\"feed\" href=\"")
                    .append(Html.esc(feedBase + s.feedToken())).append("\">Atom-feed</a></td><td><form method=\"post\" action=\"/zoekopdrachten/")
                    .append(Html.url(s.id())).append("/verwijderen\"><button type=\"submit\">").append(m.get("saved.remove"))
                    .append("</button></form></td></tr>");
        }
        h.append("</tbody></table>");
        h.append("<h2>").append(m.get("saved.new")).append("</h2><form class=\"save-search\" method=\"post\" action=\"/zoekopdrachten\">")
                .append("<div class=\"field\"><label for=\"sn\">").append(m.get("saved.name"))
                .append("</label><input id=\"sn\" name=\"name\" required maxlength=\"500\" value=\"")
                .append(Html.esc(name)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"sq\">").append(m.get("saved.query"))
                .append("</label><input type=\"search\" id=\"sq\" name=\"q\" maxlength=\"500\" value=\"")
                .append(Html.esc(q)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"sf\">").append(m.get("saved.follow")).append("</label><input id=\"sf\" name=\"follow\" value=\"")
                .append(Html.esc(follow)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"se\">").append(m.get("saved.emailLabel"))
                .append("</label><input type=\"email\" id=\"se\" name=\"email\"></div>")
                .append("<button type=\"submit\">").append(m.get("saved.save")).append("</button></form>");
        return h.toString();
    }
}
