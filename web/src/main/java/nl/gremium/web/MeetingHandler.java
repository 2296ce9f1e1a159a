package nl.gremium.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gremium.meeting.Dossier;
import nl.gremium.meeting.Meeting;
import nl.gremium.meeting.MeetingItem;
import nl.gremium.meeting.Meetings;

/**
 * {@code /vergaderingen} (the calendar per body), {@code /vergaderingen/{id}} (one meeting) and their JSON
 * twins. The meetings are derived from the documents the user may see ({@link Derived}), so a confidential
 * document adds no meeting, item, paper or decision for a user without clearance.
 */
final class MeetingHandler {
    /** A meeting in the calendar: what the list and its JSON twin show. */
    record Summary(String id, String body, LocalDate date, int items, int decisions, int documents, String previous, String next) {
        static Summary of(Meeting m) {
            return new Summary(m.id(), m.body(), m.date(), m.items().size(), m.decisionCount(), m.documents().size(), m.previous(), m.next());
        }
    }

    /** One meeting and the dossiers its items belong to (item number → dossier id). */
    record Detail(Meeting meeting, Map<String, String> dossiers) {}

    private final Derived<List<Meeting>> meetings;
    private final Derived<List<Dossier>> dossiers;

    MeetingHandler(Derived<List<Meeting>> meetings, Derived<List<Dossier>> dossiers) {
        this.meetings = meetings;
        this.dossiers = dossiers;
    }

    static Derived<List<Meeting>> derive(Library library, DataVersion version) {
        return new Derived<>(version, () -> Meetings.derive(library.all()));
    }

    void calendar(Context ctx) {
        String body = ctx.queryParam("body");
        Layout.send(ctx, Messages.current().get("mtg.title"), Layout.Nav.MEETINGS, MeetingsPage.calendar(meetings.get(), filter(body), body));
    }

    void apiCalendar(Context ctx) {
        ctx.json(filter(ctx.queryParam("body")).stream().map(Summary::of).toList());
    }

    void page(Context ctx) {
        Detail d = detail(ctx.pathParam("id"));
        Layout.send(ctx, d.meeting().body() + " · " + Messages.current().date(d.meeting().date()), Layout.Nav.MEETINGS, MeetingsPage.meeting(d));
    }

    void api(Context ctx) {
        ctx.json(detail(ctx.pathParam("id")));
    }

    private List<Meeting> filter(String body) {
        return meetings.get().stream().filter(m -> Html.blank(body) || body.equals(m.body())).toList();
    }

    private Detail detail(String id) {
        Meeting m = meetings.get().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundResponse(Messages.current().get("mtg.notFound")));
        Map<String, String> inDossier = dossiers.get().stream().flatMap(d -> d.timeline().stream()
                        .filter(e -> m.id().equals(e.meetingId())).map(e -> Map.entry(MeetingItem.key(e.number(), e.title()), d.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        return new Detail(m, inDossier);
    }
}
