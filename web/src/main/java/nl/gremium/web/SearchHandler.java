package nl.gremium.web;

import io.javalin.http.Context;

/** {@code /} and {@code /api/search}: the index, queried straight from the request's parameters. */
final class SearchHandler {
    private final Search search;

    SearchHandler(Search search) {
        this.search = search;
    }

    void page(Context ctx) {
        Layout.send(ctx, "Search", Layout.Nav.SEARCH, SearchPage.render(search.search(SearchPage.query(ctx), ctx), ctx));
    }

    void api(Context ctx) {
        ctx.json(search.search(SearchPage.query(ctx), ctx));
    }
}
