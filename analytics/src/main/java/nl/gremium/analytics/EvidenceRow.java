package nl.gremium.analytics;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.store.RecommendationStatus;

/** One evidence link as a flat row: the Spark output of the follow-up search and the CSV/Parquet table. */
public record EvidenceRow(String recommendation, String docId, String title, String kind, LocalDate date,
                          String recordType, String recordId, String snippet, String suggests, String matched,
                          Integer score, String rule) {

    Evidence toEvidence() {
        return new Evidence(docId, title, kind, date, recordType, recordId, snippet,
                RecommendationStatus.parse(suggests),
                matched == null || matched.isEmpty() ? List.of() : List.of(matched.split(",")), rule);
    }
}
