package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One amount of money for one organisation/region, year and stream, as one letter states it.
 *
 * @param stream    purpose or funding stream ("BDuR", "loon- en prijsbijstelling")
 * @param sourceDoc logical document id; {@code sourceTitle} its title
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingFact(String id, String organisation, int year, String stream, BigDecimal value,
                          FundingKind kind, String sourceDoc, String sourceTitle, LocalDate docDate,
                          String tableId, int page) {}
