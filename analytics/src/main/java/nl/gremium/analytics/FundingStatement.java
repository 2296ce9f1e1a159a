package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one letter states for one year: the value, whether it is an allocation, forecast, correction or
 * definitive amount, and the component of the stream it is (a column header or distribution key; null for the
 * stream as such).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingStatement(String docId, String title, LocalDate docDate, String kind, BigDecimal value,
                               String tableId, Integer page, String component) {}
