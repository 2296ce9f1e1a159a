package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.meeting.Dossier;
import nl.gremium.meeting.Dossiers;
import nl.gremium.meeting.Meeting;

/**
 * {@code /dossiers} and {@code /dossiers/{id}} (a matter's timeline across meetings and bodies) and their JSON
 * twins, derived from the meetings and documents the user may see.
 */
final class DossierHandler {
    /** A dossier in the list: what the list and its JSON twin show. */
    record Summary(String id, String title, List<String> bodies, LocalDate first, LocalDate last, int meetings, int entries,
                   List<String> references) {
        static Summary of(Dossier d) {
            return new Summary(d.id(), d.title(), d.bodies(), d.first(), d.last(), d.meetings(), d.timeline().size(), d.references());
        }
    }

    private final Derived<List<Dossier>> dossiers;

    DossierHandler(Derived<List<Dossier>> dossiers) {
        this.dossiers = dossiers;
    }

    static Derived<List<Dossier>> derive(Library library, Derived<List<Meeting>> meetings, DataVersion version) {
        return new Derived<>(version, () -> Dossiers.derive(meetings.get(), library.all()));
    }

    void list(Context ctx) {
        String q = ctx.queryParam("q");
        Layout.send(ctx, Messages.current().get("dos.title"), Layout.Nav.DOSSIERS, DossiersPage.list(filter(q), q));
    }

    void apiList(Context ctx) {
        ctx.json(filter(ctx.queryParam("q")).stream().map(Summary::of).toList());
    }

    void page(Context ctx) {
        Dossier d = find(ctx.pathParam("id"));
        Layout.send(ctx, d.title(), Layout.Nav.DOSSIERS, DossiersPage.dossier(d));
    }

    void api(Context ctx) {
        ctx.json(find(ctx.pathParam("id")));
    }

    private List<Dossier> filter(String q) {
        return dossiers.get().stream().filter(d -> Html.blank(q) || Html.contains(d.title(), q)
                || d.references().stream().anyMatch(r -> Html.contains(r, q))).toList();
    }

    private Dossier find(String id) {
        return dossiers.get().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundResponse(Messages.current().get("dos.notFound")));
    }
}
