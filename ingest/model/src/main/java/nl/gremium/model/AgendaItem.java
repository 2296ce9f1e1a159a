package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A numbered agenda item (or section of a proposal) and the blocks it spans.
 *
 * @param number     as printed, without trailing dot ("5.1", "2")
 * @param blockStart index of its heading in the document's blocks; {@code blockEnd} exclusive
 * @param id         anchored in content like record ids ("3f9a…-01#i5c2e91ab": document, number and title), so
 *                   a link to an item survives a re-analysis; null until the analysis assigns it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItem(String number, String title, String text, int pageStart, int pageEnd,
                         int blockStart, int blockEnd, String id) {

    /** An item not yet given its id. */
    public AgendaItem(String number, String title, String text, int pageStart, int pageEnd, int blockStart, int blockEnd) {
        this(number, title, text, pageStart, pageEnd, blockStart, blockEnd, null);
    }

    public AgendaItem withId(String newId) {
        return new AgendaItem(number, title, text, pageStart, pageEnd, blockStart, blockEnd, newId);
    }
}
