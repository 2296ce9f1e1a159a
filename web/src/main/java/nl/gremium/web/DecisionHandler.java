package nl.gremium.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.analytics.BodyOutcomes;
import nl.gremium.analytics.DecisionReport;

/**
 * {@code /decisions} and its JSON twin: the decision list (with its links) and the analytics, built once per
 * data change. The analytics on disk count every document; a user kept from confidential ones gets the
 * outcome counts of the decisions they may see instead, so no total gives a hidden decision away.
 */
final class DecisionHandler {
    private final Derived<List<DecisionsPage.Row>> rows;
    private final Derived<Optional<List<BodyOutcomes>>> outcomes;

    DecisionHandler(Library library, DataVersion version) {
        this.rows = new Derived<>(version, () -> DecisionsPage.rows(library));
        this.outcomes = new Derived<>(version, () -> AnalyticsFiles.decisions(library.store()).map(DecisionReport::perBody)
                .map(fromDisk -> library.hidesAny() ? DecisionsPage.outcomes(rows.get()) : fromDisk));
    }

    void page(Context ctx) {
        List<DecisionsPage.Row> all = rows.get();
        String body = ctx.queryParam("body"), year = ctx.queryParam("year"), outcome = ctx.queryParam("outcome"), q = ctx.queryParam("q");
        Layout.send(ctx, Messages.current().get("nav.decisions"), Layout.Nav.DECISIONS, DecisionsPage.render(all, DecisionsPage.filter(all, body, year, outcome, q),
                body, year, outcome, q, outcomes.get()));
    }

    /** {@code /decisions.csv} and {@code .xlsx}: the filtered list, as the page shows it. */
    void export(Context ctx) {
        Exports.send(ctx, DecisionsPage.table(DecisionsPage.filter(rows.get(), ctx.queryParam("body"), ctx.queryParam("year"),
                ctx.queryParam("outcome"), ctx.queryParam("q"))));
    }

    void api(Context ctx) {
        ctx.json(DecisionsPage.filter(rows.get(), ctx.queryParam("body"), ctx.queryParam("year"), ctx.queryParam("outcome"),
                ctx.queryParam("q")));
    }
}
