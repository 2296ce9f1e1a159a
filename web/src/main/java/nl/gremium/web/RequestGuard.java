package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;

/** Runs before every request: security headers, and state-changing requests only from our own pages. */
final class RequestGuard {
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private RequestGuard() {}

    static void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin"); // "no-referrer" would make browsers send Origin: null on our own forms
        ctx.header("X-Frame-Options", "DENY");
        if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name()) && !sameOrigin(ctx)) {
            throw new ForbiddenResponse("cross-site request refused");
        }
    }

    /** A state-changing request must come from our own pages (or a client that sends no Origin, like curl). */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return origin == null || origin.isBlank();
        }
        try {
            URI o = URI.create(origin);
            String host = ctx.header("Host");
            return host != null && host.equalsIgnoreCase(o.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
