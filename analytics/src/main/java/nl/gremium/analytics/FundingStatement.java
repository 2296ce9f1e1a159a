package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What one letter states for one year: the value and whether it is an allocation, forecast or correction. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingStatement(String docId, String title, LocalDate docDate, String kind, BigDecimal value,
                               String tableId, Integer page) {}
