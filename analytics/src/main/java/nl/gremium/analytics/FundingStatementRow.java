package nl.gremium.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One letter's statement for one organisation, stream, component and year, flat (the Parquet/CSV table
 * {@code funding_statements}); {@code latest} marks the statement that is the latest known value.
 */
public record FundingStatementRow(String organisation, String stream, Integer year, String docId, String title,
                                  LocalDate docDate, String kind, BigDecimal value, String tableId, Integer page,
                                  Boolean latest, String component) {}
