package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One amount of money for one organisation/region, year and stream, as one letter states it.
 *
 * @param stream    the regulation or funding stream ("BDuR", "Gemeentefonds"; else the purpose the letter names)
 * @param component the part of that stream the amount is (a table's column header or distribution key:
 *                  "Raming", "Bijdrage na correctie"); null for the stream's amount as such. A drill-down of
 *                  the stream, never a stream of its own
 * @param docId     logical document id; {@code title} its title (read from older data as sourceDoc, sourceTitle)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingFact(String id, String organisation, int year, String stream, BigDecimal value,
                          FundingKind kind, @JsonAlias("sourceDoc") String docId,
                          @JsonAlias("sourceTitle") String title, LocalDate docDate,
                          String tableId, int page, String component) {

    /** A statement of the stream as a whole (no component). */
    public FundingFact(String id, String organisation, int year, String stream, BigDecimal value, FundingKind kind,
                       String docId, String title, LocalDate docDate, String tableId, int page) {
        this(id, organisation, year, stream, value, kind, docId, title, docDate, tableId, page, null);
    }
}
