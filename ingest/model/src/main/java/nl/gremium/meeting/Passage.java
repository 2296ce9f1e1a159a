package nl.gremium.meeting;

/**
 * What the minutes record under an agenda item.
 *
 * @param itemId the minutes' own agenda item id, for a link into the document
 * @param text   the item's text, shortened to {@link Meetings#PASSAGE_CHARS} characters
 */
public record Passage(String docId, String itemId, String text, int page) {}
