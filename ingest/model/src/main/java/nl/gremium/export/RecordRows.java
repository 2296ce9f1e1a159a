package nl.gremium.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.Amount;
import nl.gremium.model.Decision;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Motion;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Tags;

/** Flattens a document's tags into {@link RecordRow}s, the one shape export, index and Spark share. */
public final class RecordRows {
    public static final List<String> TYPES = List.of("decision", "recommendation", "action", "amount", "funding", "motion");

    private RecordRows() {}

    public static List<RecordRow> of(LogicalDocument d) {
        Tags t = d.tags();
        Metadata m = d.metadata();
        String source = d.source().fileName();
        String title = d.title();
        String kind = d.kind() == null ? null : d.kind().name();
        String org = m == null ? null : m.organisation();
        String body = m == null ? null : m.body();
        LocalDate date = m == null ? null : m.date();
        List<RecordRow> rows = new ArrayList<>();
        for (Decision x : t.decisions()) {
            rows.add(new RecordRow("decision", x.id(), d.id(), source, title, kind, org, x.text(), x.agendaItem(),
                    x.agendaTitle(), x.body() != null ? x.body() : body, x.date() != null ? x.date() : date,
                    null, null, null, x.outcome() == null ? null : x.outcome().name(), null, null, null, null, null, null,
                    null, null, null, null, null, x.page()));
        }
        for (Recommendation x : t.recommendations()) {
            rows.add(new RecordRow("recommendation", x.id(), d.id(), source, title, kind, org, x.text(), null, null,
                    body, x.date() != null ? x.date() : date, x.addressee(), x.issuer(), null, null, null, null, null, null,
                    null, null, null, x.number(), x.reportTitle(), x.theme(), null, x.page()));
        }
        for (Action x : t.actions()) {
            rows.add(new RecordRow("action", x.id(), d.id(), source, title, kind, org, x.text(), x.agendaItem(), null,
                    body, date, null, null, x.actor(), null, null, null, null, null, null, null, x.due(), null, null, null,
                    null, x.page()));
        }
        for (Amount x : t.amounts()) {
            rows.add(new RecordRow("amount", x.id(), d.id(), source, title, kind, org, x.text(), null, null, body,
                    date, null, null, null, null, x.value(), x.raw(), x.year(), x.purpose(), null, null, null, null,
                    null, null, x.tableId(), x.page()));
        }
        for (FundingFact x : t.funding()) {
            rows.add(new RecordRow("funding", x.id(), d.id(), source, title, kind, x.organisation(),
                    x.organisation() + " " + x.year() + " " + x.stream() + ": " + x.value(), null, null, body,
                    x.docDate() != null ? x.docDate() : date, null, null, null, null, x.value(), null, x.year(), null,
                    x.stream(), x.kind() == null ? null : x.kind().name(), null, null, null, null, x.tableId(),
                    x.page()));
        }
        for (Motion x : t.motions()) {
            rows.add(new RecordRow("motion", x.id(), d.id(), source, title, kind, org,
                    x.title() != null ? x.title() : x.number(), x.number(), null, body, date, null,
                    x.submitters().isEmpty() ? null : String.join("; ", x.submitters()), null,
                    x.outcome() == null ? null : x.outcome().name(), null, x.outcomeText(), null, null, null,
                    x.kind() == null ? null : x.kind().name(), null, x.number(), null, null, null, x.page(),
                    x.parties().isEmpty() ? null : String.join(", ", x.parties())));
        }
        return rows;
    }
}
