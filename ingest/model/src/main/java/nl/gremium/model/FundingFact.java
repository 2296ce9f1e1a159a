package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One amount of money for one organisation/region, year and stream, as one letter states it.
 *
 * @param stream    purpose or funding stream ("BDuR", "loon- en prijsbijstelling")
 * @param docId     logical document id; {@code title} its title (read from older data as sourceDoc, sourceTitle)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingFact(String id, String organisation, int year, String stream, BigDecimal value,
                          FundingKind kind, @JsonAlias("sourceDoc") String docId,
                          @JsonAlias("sourceTitle") String title, LocalDate docDate,
                          String tableId, int page) {}
