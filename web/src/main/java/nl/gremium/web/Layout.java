package nl.gremium.web;

import io.javalin.http.Context;

/** The page shell shared by every HTML page: skip link, navigation, main landmark, footer. */
final class Layout {
    private Layout() {}

    enum Nav {
        SEARCH("/", "Zoeken"), DECISIONS("/decisions", "Besluiten"), RECOMMENDATIONS("/recommendations", "Aanbevelingen"),
        FUNDING("/funding", "Financiering"),
        MOTIONS("/moties", "Moties"), COMMITMENTS("/toezeggingen", "Toezeggingen"),
        SAVED("/zoekopdrachten", "Zoekopdrachten"), UPLOAD("/upload", "Uploaden"), NONE(null, null);

        final String href;
        final String label;

        Nav(String href, String label) {
            this.href = href;
            this.label = label;
        }
    }

    /** Answers the request with {@code main} inside the page shell. */
    static void send(Context ctx, String title, Nav active, String main) {
        ctx.contentType("text/html; charset=utf-8").result(page(title, active, main));
    }

    static String page(String title, Nav active, String main) {
        StringBuilder h = new StringBuilder(main.length() + 1500);
        h.append("<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · Gremium</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/gremium.css\">")
                .append("</head><body>")
                .append("<a class=\"skip\" href=\"#main\">Naar de inhoud</a>")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Gremium</a>")
                .append("<nav aria-label=\"Hoofdmenu\"><ul>");
        for (Nav n : Nav.values()) {
            if (n.href == null) {
                continue;
            }
            h.append("<li><a href=\"").append(n.href).append('"');
            if (n == active) {
                h.append(" aria-current=\"page\"");
            }
            h.append('>').append(n.label).append("</a></li>");
        }
        h.append("</ul></nav></header>")
                .append("<main id=\"main\" tabindex=\"-1\">").append(main).append("</main>")
                .append("<footer>Gremium · werkt offline · <a href=\"/api\">JSON-API</a></footer>")
                .append("</body></html>");
        return h.toString();
    }
}
