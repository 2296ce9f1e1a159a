package nl.gremium.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a body, derived from the documents that name that body and meeting date (agenda, minutes,
 * decision list, proposals, bundle parts): nobody types it in.
 *
 * @param id        "algemeen-bestuur-2025-07-09": the body's name and the date, stable across re-analysis
 * @param documents every stored document of the meeting
 * @param papers    documents of the meeting not linked to one agenda item
 * @param previous  the id of the body's meeting before this one, or null; {@code next} likewise
 */
public record Meeting(String id, String body, LocalDate date, List<MeetingItem> items, List<Paper> documents,
                      List<Paper> papers, String previous, String next) {

    public Meeting {
        items = List.copyOf(items);
        documents = List.copyOf(documents);
        papers = List.copyOf(papers);
    }

    Meeting withNeighbours(String before, String after) {
        return new Meeting(id, body, date, items, documents, papers, before, after);
    }

    /** The number of decisions over all items. */
    public int decisionCount() {
        return items.stream().mapToInt(i -> i.decisions().size()).sum();
    }
}
