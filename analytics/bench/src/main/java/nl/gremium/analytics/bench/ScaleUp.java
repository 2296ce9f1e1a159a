package nl.gremium.analytics.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import nl.gremium.model.Action;
import nl.gremium.model.Decision;
import nl.gremium.model.FundingFact;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Tags;
import nl.gremium.store.DataStore;

/**
 * Synthetic scale-up for benchmarks: every document of a data folder copied {@code factor} times
 * into another, copy k with its ids suffixed "~k", its dates {@code k} weeks later and its funding
 * values {@code k}‰ higher, so copies form a longer history (more months, more letters revising
 * each other) rather than exact duplicates.
 */
public final class ScaleUp {
    private ScaleUp() {}

    public static long run(DataStore from, DataStore to, int factor, Consumer<String> progress) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, was " + factor);
        }
        if (from.root().equals(to.root())) {
            throw new IllegalArgumentException("scale-up needs a different target folder than " + from.root());
        }
        List<LogicalDocument> docs = from.documents();
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no documents in " + from.root() + " (run ingest first)");
        }
        long n = 0;
        for (int k = 0; k < factor; k++) {
            for (LogicalDocument d : docs) {
                to.write(copy(d, k));
                n++;
            }
            if ((k + 1) % 10 == 0 || k + 1 == factor) {
                progress.accept("scale-up: " + (k + 1) + "/" + factor + " copies (" + n + " documents)");
            }
        }
        return n;
    }

    static LogicalDocument copy(LogicalDocument d, int k) {
        String s = "~" + k;
        UnaryOperator<LocalDate> shift = x -> x == null ? null : x.plusWeeks(k);
        BigDecimal f = BigDecimal.ONE.add(BigDecimal.valueOf(k, 3));
        Metadata m = d.metadata();
        Metadata m2 = m == null ? null : new Metadata(m.title(), m.organisation(), m.body(), shift.apply(m.meetingDate()),
                shift.apply(m.documentDate()), m.language(), m.confidential());
        Tags t = d.tags();
        Tags t2 = new Tags(
                t.decisions().stream().map(x -> new Decision(x.id() + s, x.text(), x.agendaItem(), x.agendaTitle(),
                        x.body(), shift.apply(x.date()), x.proposal(), x.outcome(), x.page(), x.outcomeText())).toList(),
                t.recommendations().stream().map(x -> new Recommendation(x.id() + s, x.text(), x.number(), x.issuer(),
                        x.addressee(), x.reportTitle(), shift.apply(x.date()), x.theme(), x.page(), shift.apply(x.due()),
                        x.dueText())).toList(),
                t.actions().stream().map(x -> new Action(x.id() + s, x.text(), x.actor(), shift.apply(x.due()),
                        x.dueText(), x.agendaItem(), x.page())).toList(),
                t.amounts(), t.entities(),
                t.funding().stream().map(x -> new FundingFact(x.id() + s, x.organisation(), x.year(), x.stream(),
                        x.value() == null ? null : x.value().multiply(f), x.kind(), x.docId() + s, x.title(),
                        shift.apply(x.docDate()), x.tableId(), x.page())).toList());
        return new LogicalDocument(d.id() + s, d.source(), d.part(), d.pageStart(), d.pageEnd(), d.kind(), m2,
                d.blocks(), d.agendaItems(), t2);
    }
}
