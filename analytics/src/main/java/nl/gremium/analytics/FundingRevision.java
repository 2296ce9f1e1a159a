package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A later letter changing the value an earlier letter stated for a year: {@code delta = toValue - fromValue}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingRevision(int year, String fromDoc, String fromTitle, LocalDate fromDate, BigDecimal fromValue,
                              String toDoc, String toTitle, LocalDate toDate, BigDecimal toValue, String toKind,
                              BigDecimal delta) {}
