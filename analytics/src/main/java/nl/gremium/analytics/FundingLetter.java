package nl.gremium.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** One letter's line in a series: the amount it gives the stream per year (its own title and date). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingLetter(String docId, String title, LocalDate docDate, List<FundingPoint> points) {}
