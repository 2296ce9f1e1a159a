package nl.gremium.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.gremium.export.OpenDataExport;

/**
 * {@code /api/opendata}: the open-data export as NDJSON ({@code docs/OPENDATA.md}), all of it or, with
 * {@code since=YYYY-MM-DD}, what was stored from that day on. Built from the documents the user may see.
 */
final class OpenDataHandler {
    private final Library library;

    OpenDataHandler(Library library) {
        this.library = library;
    }

    void api(Context ctx) {
        String since = ctx.queryParam("since");
        LocalDate day;
        try {
            day = Html.blank(since) ? null : LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("since: expected a date YYYY-MM-DD, got '" + since + "'");
        }
        StringWriter w = new StringWriter();
        Instant from = day == null ? null : OpenDataExport.startOf(day);
        OpenDataExport.write(OpenDataExport.objects(library.all(), OpenDataExport.storedAt(library.store()), from,
                from == null ? Map.of() : OpenDataExport.withdrawnSince(library.store(), from)), w);
        ctx.contentType("application/x-ndjson; charset=utf-8").result(w.toString());
    }
}
