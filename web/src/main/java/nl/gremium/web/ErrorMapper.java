package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gremium.index.SearchService;

/**
 * The one place a failed request is answered: JSON {@code {"status": n, "error": "…"}} under /api, an
 * HTML page elsewhere. Handlers throw Javalin's own HTTP errors ({@code NotFoundResponse},
 * {@code BadRequestResponse}, …) with a message written for the user; an IllegalArgumentException is a bad
 * value, 400 with its message when our code threw it ({@link #userMessage}); anything else is a fault of ours,
 * logged on the server in full and answered with a plain "internal error", so no exception text or
 * server path reaches the client.
 */
final class ErrorMapper {
    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());
    private static final String ANSWERED = "gremium.error";
    private final UploadLimits limits;

    ErrorMapper(UploadLimits limits) {
        this.limits = limits;
    }

    void exception(Exception e, Context ctx) {
        if (e instanceof EndpointNotFound) {
            answer(ctx, 404, Messages.current().get("error.nothingAt", ctx.path()));
        } else if (e instanceof HttpResponseException h) {
            answer(ctx, h.getStatus(), h.getMessage());
        } else if (e instanceof SearchService.Cancelled) {
            // nobody is left to read an answer; the status is for the request log only
            LOG.log(System.Logger.Level.INFO, "gremium web: " + ctx.method() + " " + ctx.path() + ": client went away, search stopped");
            ctx.attribute(ANSWERED, Boolean.TRUE);
            ctx.status(503).result("");
        } else if (e instanceof IllegalArgumentException bad) {
            if (!ours(bad)) {
                LOG.log(System.Logger.Level.WARNING, "gremium web: " + ctx.method() + " " + ctx.path() + " refused", e);
            }
            answer(ctx, 400, userMessage(bad));
        } else {
            LOG.log(System.Logger.Level.ERROR, "gremium web: " + ctx.method() + " " + ctx.path() + " failed", e);
            answer(ctx, 500, Messages.current().get("error.internal"));
        }
    }

    /**
     * Our parsers' words for a bad value (a status, a date, a field too long) are written for the user; a
     * library's (a URI, a number format) may name internals, so the user gets the plain "bad request" instead.
     */
    static String userMessage(IllegalArgumentException e) {
        return ours(e) && e.getMessage() != null ? e.getMessage() : Messages.current().get("error.400");
    }

    /** Thrown by Gremium's own code: the frame that threw it is one of ours. */
    private static boolean ours(Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        return at.length > 0 && at[0].getClassName().startsWith("nl.gremium.");
    }

    /** A status set without an exception (Jetty refusing a request body that is too large, a route that matched nothing). */
    void status(Context ctx) {
        if (ctx.attribute(ANSWERED) != null) {
            return;
        }
        int status = ctx.statusCode();
        answer(ctx, status, status == 413 ? limits.tooLarge()
                : status == 404 ? Messages.current().get("error.nothingAt", ctx.path()) : reason(status));
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            ctx.json(body);
        } else {
            Messages m = Messages.current();
            Layout.send(ctx, m.get("error.title", String.valueOf(status)), Layout.Nav.NONE, "<h1>" + status + " — " + Html.esc(reason(status))
                    + "</h1><p class=\"error-box\">" + Html.esc(message) + "</p><p><a href=\"/\">" + m.get("error.back") + "</a></p>");
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400, 403, 404, 413, 422, 429, 503 -> Messages.current().get("error." + status);
            default -> Messages.current().get("error.other");
        };
    }
}
