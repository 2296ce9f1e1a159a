package nl.gremium.model;

/**
 * A numbered agenda item (or section of a proposal) and the blocks it spans.
 *
 * @param number     as printed, without trailing dot ("5.1", "2")
 * @param blockStart index of its heading in the document's blocks; {@code blockEnd} exclusive
 */
public record AgendaItem(String number, String title, String text, int pageStart, int pageEnd,
                         int blockStart, int blockEnd) {}
