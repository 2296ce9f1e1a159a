package nl.gremium.web;

import java.util.List;
import nl.gremium.analytics.RecommendationView;

/** The text of one digest, in Dutch, as plain text and HTML with the same links. */
record DigestMail(String subject, String text, String html) {

    static DigestMail of(String user, String baseUrl, List<SavedSearch> searches, List<List<AlertItem>> items,
                         List<CommitmentRow> lateCommitments, List<RecommendationView> lateRecommendations) {
        int n = items.stream().mapToInt(List::size).sum();
        String subject = "Gremium: " + n + " nieuw" + (lateCommitments.isEmpty() && lateRecommendations.isEmpty() ? ""
                : ", " + (lateCommitments.size() + lateRecommendations.size()) + " over de termijn");
        StringBuilder t = new StringBuilder("Beste " + user + ",\n\n");
        StringBuilder h = new StringBuilder("<!doctype html><html lang=\"nl\"><body><p>Beste ").append(Html.esc(user)).append(",</p>");
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        for (int i = 0; i < searches.size(); i++) {
            SavedSearch s = searches.get(i);
            t.append("Nieuw voor '").append(s.name()).append("':\n");
            h.append("<h2>Nieuw voor ‘").append(Html.esc(s.name())).append("’</h2><ul>");
            for (AlertItem item : items.get(i)) {
                String link = base + item.path();
                t.append("- ").append(item.title()).append(" (").append(Html.date(item.date())).append(")\n  ").append(link).append('\n');
                h.append("<li><a class=\"record\" data-id=\"").append(Html.esc(item.id())).append("\" href=\"").append(Html.esc(link))
                        .append("\">").append(Html.esc(item.title())).append("</a> ").append(Html.date(item.date())).append("<br>")
                        .append(Html.esc(Html.truncate(item.snippet(), 200))).append("</li>");
            }
            t.append('\n');
            h.append("</ul>");
        }
        if (!lateCommitments.isEmpty() || !lateRecommendations.isEmpty()) {
            t.append("Over de termijn (u bent eigenaar):\n");
            h.append("<h2>Over de termijn (u bent eigenaar)</h2><ul>");
            for (CommitmentRow c : lateCommitments) {
                String link = base + "/toezeggingen#" + Html.anchor(c.id());
                t.append("- toezegging, termijn ").append(Html.date(c.due())).append(": ").append(c.text()).append("\n  ").append(link).append('\n');
                h.append("<li><a class=\"record\" data-id=\"").append(Html.esc(c.id())).append("\" href=\"").append(Html.esc(link))
                        .append("\">toezegging, termijn ").append(Html.date(c.due())).append("</a>: ").append(Html.esc(c.text())).append("</li>");
            }
            for (RecommendationView r : lateRecommendations) {
                String link = base + "/recommendations/" + Html.url(r.id());
                t.append("- aanbeveling, termijn ").append(Html.date(r.controller().due())).append(": ").append(r.text()).append("\n  ")
                        .append(link).append('\n');
                h.append("<li><a class=\"record\" data-id=\"").append(Html.esc(r.id())).append("\" href=\"").append(Html.esc(link))
                        .append("\">aanbeveling, termijn ").append(Html.date(r.controller().due())).append("</a>: ").append(Html.esc(r.text()))
                        .append("</li>");
            }
            h.append("</ul>");
        }
        t.append("Uw zoekopdrachten beheert u op ").append(base).append("/zoekopdrachten\n");
        h.append("<p><a href=\"").append(Html.esc(base)).append("/zoekopdrachten\">Zoekopdrachten beheren</a></p></body></html>");
        return new DigestMail(subject, t.toString(), h.toString());
    }
}
