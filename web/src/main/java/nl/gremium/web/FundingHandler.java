package nl.gremium.web;

import io.javalin.http.Context;
import java.util.List;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.analytics.FundingSeries;

/** {@code /funding} and its JSON twin: the funding series, built once per data change. */
final class FundingHandler {
    /** What the page shows whatever its filters. */
    private record View(List<FundingSeries> series, boolean analysed, String defaultOrganisation) {}

    private final Derived<View> view;

    FundingHandler(Library library, DataVersion version) {
        this.view = new Derived<>(version, () -> {
            List<FundingSeries> series = FundingPage.series(library);
            return new View(series, AnalyticsFiles.funding(library.store()).isPresent(), FundingPage.defaultOrganisation(series, library));
        });
    }

    void page(Context ctx) {
        View v = view.get();
        Layout.send(ctx, "Funding", Layout.Nav.FUNDING, FundingPage.render(v.series(), ctx.queryParam("organisation"),
                ctx.queryParam("stream"), v.analysed(), v.defaultOrganisation()));
    }

    void api(Context ctx) {
        String org = ctx.queryParam("organisation"), stream = ctx.queryParam("stream");
        ctx.json(view.get().series().stream()
                .filter(x -> Html.blank(org) || org.equals(x.organisation()))
                .filter(x -> Html.blank(stream) || stream.equals(x.stream())).toList());
    }
}
