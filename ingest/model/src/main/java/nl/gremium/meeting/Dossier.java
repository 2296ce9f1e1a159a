package nl.gremium.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A matter followed across meetings and bodies: agenda items with the same topic or citing the same
 * reference, with the letters and reports that cite it, in time order.
 *
 * @param id         the slug of its topic ("wijziging-gemeenschappelijke-regeling"), stable across re-analysis
 * @param topic      the shared agenda topic ({@code text.AgendaTopic}), or the first item's when joined by references
 * @param references the references its entries share
 */
public record Dossier(String id, String title, String topic, List<String> bodies, LocalDate first, LocalDate last,
                      int meetings, List<String> references, List<DossierEntry> timeline) {

    public Dossier {
        bodies = List.copyOf(bodies);
        references = List.copyOf(references);
        timeline = List.copyOf(timeline);
    }
}
