package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Locale;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.ConfidentialityMarks;
import nl.gremium.store.DataLock;
import nl.gremium.store.DataStore;

/**
 * The secretariat marks a document confidential or not, overriding what its text says: the mark is
 * kept in {@link ConfidentialityMarks}, written onto the stored document and indexed at once, so search
 * and every page follow it immediately. {@code POST /documents/{id}/confidentiality} (form field
 * {@code confidential}: yes or no) and its API twin {@code POST /api/documents/{id}/confidentiality}.
 */
final class Marking {
    private final DataStore store;
    private final Library library;
    private final Search search;
    private final DataVersion version;
    private final ConfidentialityMarks marks;

    Marking(DataStore store, Library library, Search search, DataVersion version) {
        this.store = store;
        this.library = library;
        this.search = search;
        this.version = version;
        this.marks = new ConfidentialityMarks(store);
    }

    void fromForm(Context ctx) {
        LogicalDocument d = mark(ctx);
        ctx.redirect("/documents/" + Html.url(d.id()), HttpStatus.SEE_OTHER);
    }

    void api(Context ctx) {
        ctx.json(mark(ctx).metadata());
    }

    private LogicalDocument mark(Context ctx) {
        String id = ctx.pathParam("id");
        LogicalDocument d = library.get(id).orElseThrow(() -> new NotFoundResponse("document " + id + " not found"));
        boolean confidential = switch (String.valueOf(ctx.formParam("confidential")).strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new BadRequestResponse("say confidential=yes or confidential=no");
        };
        LogicalDocument marked;
        try (DataLock ignored = store.lock("marking")) {
            marks.set(id, confidential, Principal.current().name());
            marked = marks.apply(d, marks.latest());
            store.write(marked);
        }
        search.update();
        library.reload();
        version.changed();
        return marked;
    }
}
