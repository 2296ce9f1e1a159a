package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of one series: every letter's statement (oldest letter first) and the latest known value
 * (from the most recent letter; letters without a date count as older than dated ones).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingYear(int year, BigDecimal latest, String latestKind, String latestDoc, LocalDate latestDate,
                          List<FundingStatement> statements) {}
