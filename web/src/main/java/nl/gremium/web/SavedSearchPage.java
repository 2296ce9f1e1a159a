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
        StringBuilder h = new StringBuilder(8_000).append("<h1>Zoekopdrachten en volgen</h1>")
                .append("<p>Na elke nieuwe inlees-ronde krijgt u per e-mail wat nieuw is, en elke zoekopdracht heeft een eigen Atom-feed.</p>");
        h.append("<table class=\"saved\"><caption>").append(mine.size()).append(" bewaard</caption><thead><tr><th scope=\"col\">Naam</th>")
                .append("<th scope=\"col\">Zoekvraag of volgt</th><th scope=\"col\">E-mail</th><th scope=\"col\">Feed</th><th scope=\"col\">")
                .append("<span class=\"visually-hidden\">Verwijderen</span></th></tr></thead><tbody>");
        for (SavedSearch s : mine) {
            h.append("<tr><td>").append(Html.esc(s.name())).append("</td><td>")
                    .append(s.query() != null ? "<a href=\"/?q=" + Html.url(s.query()) + "\">" + Html.esc(s.query()) + "</a>" : Html.esc(s.follow()))
                    .append("</td><td>").append(Html.esc(s.email() == null ? "—" : s.email())).append("</td><td><a class=\"feed\" href=\"")
                    .append(Html.esc(feedBase + s.feedToken())).append("\">Atom-feed</a></td><td><form method=\"post\" action=\"/zoekopdrachten/")
                    .append(Html.url(s.id())).append("/verwijderen\"><button type=\"submit\">Verwijderen</button></form></td></tr>");
        }
        h.append("</tbody></table>");
        h.append("<h2>Nieuwe zoekopdracht</h2><form class=\"save-search\" method=\"post\" action=\"/zoekopdrachten\">")
                .append("<div class=\"field\"><label for=\"sn\">Naam</label><input id=\"sn\" name=\"name\" required maxlength=\"500\" value=\"")
                .append(Html.esc(name)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"sq\">Zoekvraag</label><input type=\"search\" id=\"sq\" name=\"q\" maxlength=\"500\" value=\"")
                .append(Html.esc(q)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"sf\">Of volgen (motion:id, recommendation:id of dossier:id)</label><input id=\"sf\" name=\"follow\" value=\"")
                .append(Html.esc(follow)).append("\"></div>")
                .append("<div class=\"field\"><label for=\"se\">E-mailadres voor de samenvatting</label><input type=\"email\" id=\"se\" name=\"email\"></div>")
                .append("<button type=\"submit\">Bewaren</button></form>");
        return h.toString();
    }
}
