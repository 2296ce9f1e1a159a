package nl.gremium.index;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gremium.export.ExportRows;
import nl.gremium.model.LogicalDocument;

/** How many searchable units of each type a set of documents should give: the truth facets are checked against. */
final class UnitCounts {
    private UnitCounts() {}

    static Map<String, Long> of(List<LogicalDocument> docs) {
        Map<String, Long> expected = new TreeMap<>();
        for (LogicalDocument d : docs) {
            expected.merge("document", 1L, Long::sum);
            if (!d.agendaItems().isEmpty()) {
                expected.merge("agenda_item", (long) d.agendaItems().size(), Long::sum);
            }
            ExportRows.of(d).forEach(r -> expected.merge(r.type(), 1L, Long::sum));
        }
        return expected;
    }

    /** The units a user without clearance may find: those of documents not marked confidential. */
    static Map<String, Long> visible(List<LogicalDocument> docs) {
        return of(docs.stream().filter(d -> d.metadata() == null || !d.metadata().confidential()).toList());
    }

    static Map<String, Long> counted(SearchResult r, String dim) {
        Map<String, Long> counted = new TreeMap<>();
        r.facets().get(dim).forEach(f -> counted.put(f.value(), (long) f.count()));
        return counted;
    }
}
