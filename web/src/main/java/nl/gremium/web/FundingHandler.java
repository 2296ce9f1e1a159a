package nl.gremium.web;

import io.javalin.http.Context;
import nl.gremium.analytics.FundingProfiles;

/**
 * {@code /funding}, its JSON twin and its CSV and XLSX exports: the funding profiles of the documents the user
 * may see, computed once per data change and clearance ({@link Derived}).
 */
final class FundingHandler {
    /** What the page shows whatever its filters. */
    private record View(FundingProfiles.Result profiles, String defaultOrganisation) {}

    private final Derived<View> view;

    FundingHandler(Library library, DataVersion version) {
        this.view = new Derived<>(version, () -> {
            FundingProfiles.Result r = FundingPage.profiles(library);
            return new View(r, FundingPage.defaultOrganisation(r.report().series(), library));
        });
    }

    void page(Context ctx) {
        View v = view.get();
        Layout.send(ctx, FundingPage.Text.get("title"), Layout.Nav.FUNDING, FundingPage.render(v.profiles().report().series(),
                ctx.queryParam("organisation"), ctx.queryParam("stream"), v.defaultOrganisation()));
    }

    void api(Context ctx) {
        ctx.json(FundingPage.filter(view.get().profiles().report().series(), ctx.queryParam("organisation"), ctx.queryParam("stream")));
    }

    /** Every statement of the chosen organisation and regulation (all when not chosen): {@code .csv} or {@code .xlsx}. */
    void export(Context ctx) {
        Exports.send(ctx, new Exports.Table("financiering", FundingPage.Text.exportHeader(),
                FundingPage.exportRows(view.get().profiles().statements(), ctx.queryParam("organisation"), ctx.queryParam("stream"))));
    }
}
