package nl.gremium.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.gremium.analytics.RecommendationView;
import nl.gremium.store.Json;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;

/**
 * The controllers' recommendations: the list (page, CSV export, JSON), one recommendation with its
 * status history, and setting a status (form post and JSON post).
 */
final class RecommendationHandler {
    private final RecommendationsTracker tracker;
    private final StatusRecompute recompute;

    RecommendationHandler(RecommendationsTracker tracker, StatusRecompute recompute) {
        this.tracker = tracker;
        this.recompute = recompute;
    }

    void list(Context ctx) {
        List<RecommendationView> all = tracker.list();
        String status = ctx.queryParam("status"), addressee = ctx.queryParam("addressee"), q = ctx.queryParam("q");
        Layout.send(ctx, Messages.current().get("nav.recommendations"), Layout.Nav.RECOMMENDATIONS, RecommendationsPage.list(all,
                RecommendationsPage.filter(all, status, addressee, q), status, addressee, q,
                new RecommendationsPage.Computed(tracker.freshness(), recompute.running(), recompute.failedAt() != null)));
    }

    /** {@code /recommendations.csv} and {@code .xlsx}: the filtered list. */
    void export(Context ctx) {
        Exports.send(ctx, RecommendationsPage.table(filtered(ctx)));
    }

    /** A controller asks for the statuses to be computed again (in the background; the list says so meanwhile). */
    void recompute(Context ctx) {
        recompute.request();
        ctx.redirect("/recommendations", HttpStatus.SEE_OTHER);
    }

    void apiList(Context ctx) {
        ctx.json(filtered(ctx));
    }

    void detail(Context ctx) {
        RecommendationView v = recommendation(ctx);
        Messages m = Messages.current();
        Layout.send(ctx, m.get("rec.one", Objects.toString(v.number(), "")), Layout.Nav.RECOMMENDATIONS,
                RecommendationsPage.detail(v, tracker.history(v.id()), "saved".equals(ctx.queryParam("m")) ? m.get("rec.saved") : null));
    }

    void apiDetail(Context ctx) {
        RecommendationView v = recommendation(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recommendation", v);
        body.put("history", tracker.history(v.id()));
        ctx.json(body);
    }

    void setFromForm(Context ctx) {
        String id = ctx.pathParam("id");
        set(id, ctx.formParam("status"), ctx.formParam("owner"), ctx.formParam("due"), ctx.formParam("note"));
        ctx.redirect("/recommendations/" + Html.url(id) + "?m=saved", HttpStatus.SEE_OTHER);
    }

    void setFromJson(Context ctx) {
        Map<?, ?> body;
        try {
            body = Json.mapper().readValue(ctx.body(), Map.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BadRequestResponse("body must be a JSON object"
                    + (at == null ? "" : " (unreadable at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (body == null) {
            throw new BadRequestResponse("body must be a JSON object");
        }
        StatusEntry e = set(ctx.pathParam("id"), str(body.get("status")), str(body.get("owner")), str(body.get("due")),
                str(body.get("note")));
        ctx.status(HttpStatus.CREATED).json(e);
    }

    private List<RecommendationView> filtered(Context ctx) {
        return RecommendationsPage.filter(tracker.list(), ctx.queryParam("status"), ctx.queryParam("addressee"), ctx.queryParam("q"));
    }

    private RecommendationView recommendation(Context ctx) {
        String id = ctx.pathParam("id");
        return tracker.get(id).orElseThrow(() -> new NotFoundResponse("recommendation " + id + " not found"));
    }

    /** Records a status as set by the signed-in user (never a typed name). */
    private StatusEntry set(String id, String status, String owner, String due, String note) {
        RecommendationStatus s;
        try {
            s = RecommendationStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        LocalDate dueDate;
        try {
            dueDate = due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("due date '" + due + "' is not a date (YYYY-MM-DD)");
        }
        StatusEntry entry = tracker.set(id, s, owner, dueDate, note, Principal.current().name());
        recompute.statusSet();
        return entry;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
