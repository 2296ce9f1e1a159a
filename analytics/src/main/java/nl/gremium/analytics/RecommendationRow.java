package nl.gremium.analytics;

import java.time.Instant;
import java.time.LocalDate;

/** A recommendation with its status, flat (the Parquet/CSV table {@code recommendations}). */
public record RecommendationRow(String id, String docId, String source, String number, String text, String issuer,
                                String addressee, String reportTitle, String theme, LocalDate date, Long ageDays,
                                String status, String statusSource, String owner, LocalDate due, String note,
                                String setBy, Instant setAt, String evidenceStatus, Integer evidenceCount) {

    static RecommendationRow of(RecommendationView v) {
        var c = v.controller();
        return new RecommendationRow(v.id(), v.docId(), v.source(), v.number(), v.text(), v.issuer(), v.addressee(),
                v.reportTitle(), v.theme(), v.date(), v.ageDays(), v.status().name(), v.statusSource(),
                c == null ? null : c.owner(), c == null ? null : c.due(), c == null ? null : c.note(),
                c == null ? null : c.who(), c == null ? null : c.when(),
                v.evidenceStatus() == null ? null : v.evidenceStatus().name(), v.evidence().size());
    }
}
