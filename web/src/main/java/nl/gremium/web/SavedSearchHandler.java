package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import nl.gremium.access.User;
import nl.gremium.access.UserStore;

/**
 * {@code /zoekopdrachten}: a signed-in user's saved searches and follows (page, JSON twin, save, delete), and the
 * Atom feed of each at {@code /feeds/{token}}, which a feed reader fetches without signing in: the secret token
 * stands for the user, and the feed shows what that user may see now.
 */
final class SavedSearchHandler {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,255}$");
    private static final Pattern FOLLOW = Pattern.compile("^(?:motion|recommendation|dossier):[^\\s]{1,300}$");
    private static final int MAX_TEXT = 500;

    private final SavedSearches saved;
    private final AlertDigests digests;
    private final AlertMatcher matcher;
    private final UserStore users;
    private final Clock clock;

    SavedSearchHandler(SavedSearches saved, AlertDigests digests, AlertMatcher matcher, UserStore users, Clock clock) {
        this.saved = saved;
        this.digests = digests;
        this.matcher = matcher;
        this.users = users;
        this.clock = clock;
    }

    void page(Context ctx) {
        Layout.send(ctx, Messages.current().get("nav.saved"), Layout.Nav.SAVED, SavedSearchPage.render(saved.of(Principal.current().name()), feedBase(ctx),
                ctx.queryParam("q"), ctx.queryParam("follow"), ctx.queryParam("name")));
    }

    void api(Context ctx) {
        ctx.json(saved.of(Principal.current().name()).stream().map(s -> s.withSeen(List.of())).toList());
    }

    void save(Context ctx) {
        Messages m = Messages.current();
        String name = text(ctx.formParam("name"), m.get("saved.name"));
        String q = blankToNull(ctx.formParam("q"));
        String follow = blankToNull(ctx.formParam("follow"));
        String email = blankToNull(ctx.formParam("email"));
        if ((q == null) == (follow == null)) {
            throw new BadRequestResponse(m.get("saved.error.oneOf"));
        }
        if (q != null) {
            text(q, m.get("saved.query"));
        }
        if (follow != null && !FOLLOW.matcher(follow).matches()) {
            throw new BadRequestResponse(m.get("saved.error.follow"));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new BadRequestResponse(m.get("saved.error.email", email));
        }
        SavedSearch s = new SavedSearch(SavedSearches.newSecret().substring(0, 12), Principal.current().name(), name, q, follow, email,
                SavedSearches.newSecret(), clock.instant(), List.of());
        saved.add(s.withSeen(digests.current(s)));
        ctx.redirect("/zoekopdrachten", HttpStatus.SEE_OTHER);
    }

    void remove(Context ctx) {
        if (!saved.remove(Principal.current().name(), ctx.pathParam("id"))) {
            throw new NotFoundResponse(Messages.current().get("saved.error.notFound"));
        }
        ctx.redirect("/zoekopdrachten", HttpStatus.SEE_OTHER);
    }

    /** The feed: the token names the saved search; its user's clearance today decides what it shows. */
    void feed(Context ctx) {
        SavedSearch s = saved.byToken(ctx.pathParam("token")).orElseThrow(() -> new NotFoundResponse("feed niet gevonden"));
        User owner = users.find(s.user()).orElseThrow(() -> new NotFoundResponse("feed niet gevonden"));
        List<AlertItem> items = Principal.viewing(owner.confidential(), () -> matcher.matches(s));
        ctx.contentType(AtomFeed.CONTENT_TYPE).header("Cache-Control", "private, no-store")
                .result(AtomFeed.of(s, items, ctx.scheme() + "://" + ctx.host() + "/", clock.instant()));
    }

    private static String feedBase(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + "/feeds/";
    }

    private static String text(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new BadRequestResponse(Messages.current().get("saved.error.missing", field));
        }
        if (s.length() > MAX_TEXT) {
            throw new BadRequestResponse(Messages.current().get("saved.error.tooLong", field, MAX_TEXT));
        }
        return s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
