package nl.gremium.meeting;

import java.util.List;
import nl.gremium.model.Decision;
import nl.gremium.text.Folding;

/**
 * One agenda item of a meeting, gathered from every document of that meeting.
 *
 * @param number    as printed ("5.1")
 * @param itemId    the agenda item id in the document the item was taken from (agenda first), or null
 * @param papers    the documents sent for this item
 * @param decisions what the decision list or the minutes record for it
 * @param minutes   the minutes' passage, or null when no minutes are stored
 */
public record MeetingItem(String number, String title, String docId, String itemId, List<Paper> papers,
                          List<Decision> decisions, Passage minutes) {

    public MeetingItem {
        papers = List.copyOf(papers);
        decisions = List.copyOf(decisions);
    }

    /** The item within its meeting: its number, or for an item without one (minutes' "Mondelinge vragen") "t-" and its title. */
    public String key() {
        return key(number, title);
    }

    /** {@link #key()} of an item known by its number and title (a dossier's step). */
    public static String key(String number, String title) {
        return number != null ? number : "t-" + Folding.slug(title);
    }
}
