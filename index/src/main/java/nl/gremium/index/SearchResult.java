package nl.gremium.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total   all matching units (not only this page)
 * @param relaxed true when no unit held every word, so units holding any of them were returned
 * @param facets  per dimension (type, kind, body, organisation, year) the values with counts over all
 *                matching units, most frequent first; empty when facets were not asked for. A dimension
 *                the query filters on is counted without its own filter ("sideways"), so each of its
 *                values shows how many results selecting that value instead would give.
 * @param suggestion the query with unknown words replaced by similar indexed words ("Bedoelde u …"), when the
 *                   query found few or no units; null otherwise
 * @param corrected  true when the query itself found nothing, so these are the results of {@code suggestion}
 */
public record SearchResult(SearchQuery query, long total, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           boolean relaxed, String suggestion, boolean corrected, long tookMillis) {

    /**
     * One searchable unit.
     *
     * @param id         unique unit id ("docId", the agenda item's id "docId#i…", "docId/decision/&lt;recordId&gt;")
     * @param type       document | agenda_item | decision | recommendation | action | amount | funding
     * @param snippet    HTML: the text around the matches, escaped, matches in {@code <mark>}
     * @param page       the source-file page of the snippet (or of the unit)
     * @param agendaItem the agenda item number, when known
     */
    public record Hit(String id, String type, String docId, String title, String snippet, int page,
                      String agendaItem, LocalDate date, String kind, String body, String organisation,
                      String status, float score) {}

    /**
     * @param estimated true when counted on a random sample of the matches and scaled up (very broad queries,
     *                  {@code SearchService.FACET_SAMPLE}); shown as "≈ 12.300"
     */
    public record FacetCount(String value, int count, boolean estimated) {
        public FacetCount(String value, int count) {
            this(value, count, false);
        }
    }

    public int pages() {
        return query.pageSize() == 0 ? 0
                : (int) Math.min(Integer.MAX_VALUE, (total + query.pageSize() - 1) / query.pageSize());
    }
}
