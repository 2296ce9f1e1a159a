package nl.gremium.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A revision between two letters, flat (the Parquet/CSV table {@code funding_revisions}). */
public record FundingRevisionRow(String organisation, String stream, Integer year, String fromDoc, String fromTitle,
                                 LocalDate fromDate, BigDecimal fromValue, String toDoc, String toTitle,
                                 LocalDate toDate, BigDecimal toValue, String toKind, BigDecimal delta) {

    FundingRevision toRevision() {
        return new FundingRevision(year, fromDoc, fromTitle, fromDate, fromValue, toDoc, toTitle, toDate, toValue,
                toKind, delta);
    }
}
