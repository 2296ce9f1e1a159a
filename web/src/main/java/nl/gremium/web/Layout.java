package nl.gremium.web;

import io.javalin.http.Context;
import nl.gremium.access.Role.Permission;

/** The page shell shared by every HTML page: skip link, navigation, main landmark, footer. */
final class Layout {
    private Layout() {}

    enum Nav {
        SEARCH("/", "nav.search", Permission.read), MEETINGS("/vergaderingen", "nav.meetings", Permission.read),
        DOSSIERS("/dossiers", "nav.dossiers", Permission.read), DECISIONS("/decisions", "nav.decisions", Permission.read),
        RECOMMENDATIONS("/recommendations", "nav.recommendations", Permission.read), MOTIONS("/moties", "nav.motions", Permission.read),
        COMMITMENTS("/toezeggingen", "nav.commitments", Permission.read), FUNDING("/funding", "nav.funding", Permission.read),
        SAVED("/zoekopdrachten", "nav.saved", Permission.read),
        UPLOAD("/upload", "nav.upload", Permission.upload), USERS("/admin/users", "nav.users", Permission.manage_users),
        NONE(null, null, null);

        final String href;
        final String key;
        /** The link shows only to users who may follow it. */
        final Permission needs;

        Nav(String href, String key, Permission needs) {
            this.href = href;
            this.key = key;
            this.needs = needs;
        }
    }

    /** Answers the request with {@code main} inside the page shell. */
    static void send(Context ctx, String title, Nav active, String main) {
        ctx.contentType("text/html; charset=utf-8").result(page(title, active, main));
    }

    static String page(String title, Nav active, String main) {
        Messages m = Messages.current();
        StringBuilder h = new StringBuilder(main.length() + 1500);
        h.append("<!doctype html>\n<html lang=\"").append(m.code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · Gremium</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/gremium.css\">")
                .append("</head><body>")
                .append("<a class=\"skip\" href=\"#main\">").append(m.get("nav.skip")).append("</a>")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Gremium</a>")
                .append("<nav aria-label=\"").append(m.get("nav.menu")).append("\"><ul>");
        for (Nav n : Nav.values()) {
            if (n.href == null || !Principal.current().may(n.needs)) {
                continue;
            }
            h.append("<li><a href=\"").append(n.href).append('"');
            if (n == active) {
                h.append(" aria-current=\"page\"");
            }
            h.append('>').append(m.get(n.key)).append("</a></li>");
        }
        String other = m.get("lang.switch.code");
        h.append("<li class=\"lang\"><a id=\"lang-switch\" href=\"/lang/").append(other).append("\" lang=\"").append(other)
                .append("\" hreflang=\"").append(other).append("\" title=\"").append(Html.esc(m.get("lang.switch.label"))).append("\">")
                .append(m.get("lang.switch")).append("</a></li>");
        h.append("</ul></nav></header>")
                .append("<main id=\"main\" tabindex=\"-1\">").append(main).append("</main>")
                .append("<footer>Gremium · ").append(m.get("app.offline")).append(" · <a href=\"/api\">").append(m.get("app.api")).append("</a></footer>")
                .append("</body></html>");
        return h.toString();
    }
}
