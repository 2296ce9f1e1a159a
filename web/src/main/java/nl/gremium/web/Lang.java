package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;

/**
 * The reader's language: {@code GET /lang/en} or {@code /lang/nl} stores the choice in a cookie and goes back
 * to the page the link was on; {@link #before} reads the cookie on every request (Dutch without one).
 * Open without sign-in, so the login page can be read in English too; the cookie holds nothing but the code.
 */
final class Lang {
    static final String COOKIE = "gremium_lang";
    private static final int YEAR = 365 * 24 * 3600;

    private Lang() {}

    static void before(Context ctx) {
        Messages.use(Messages.forCode(ctx.cookie(COOKIE)));
    }

    static void after(Context ctx) {
        Messages.clear();
    }

    static void choose(Context ctx) {
        Messages m = Messages.forCode(ctx.pathParam("code"));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + m.code() + "; Path=/; SameSite=Lax; Max-Age=" + YEAR
                + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : ""));
        ctx.redirect(back(ctx.header("Referer"), ctx.host()), HttpStatus.SEE_OTHER);
    }

    /** The page the switch was clicked on when it is on this server, else the search page. */
    static String back(String referer, String host) {
        if (referer == null || host == null) {
            return "/";
        }
        try {
            URI u = URI.create(referer);
            if (!host.equalsIgnoreCase(u.getRawAuthority()) || u.getRawPath() == null || u.getRawPath().startsWith("/lang/")) {
                return "/";
            }
            return Access.safeNext(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
