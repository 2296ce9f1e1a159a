package nl.gremium.web;

import java.util.ArrayList;
import java.util.List;
import nl.gremium.analytics.Evidence;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchResult;
import nl.gremium.meeting.Dossier;

/**
 * What a saved search matches now, as its user sees the archive: the search's records (newest first, at most
 * {@value #MAX}), or for a follow the followed motion or recommendation's follow-up evidence, or the followed dossier's
 * timeline (a new meeting item or document joining it is new). Runs under the
 * current {@link Principal}; callers set the saved search's owner with {@link Principal#viewing}.
 */
final class AlertMatcher {
    static final int MAX = 100;
    static final String DOSSIER = "dossier:";
    private final Search search;
    private final MotionRegister motions;
    private final RecommendationsTracker recommendations;
    private final Derived<List<Dossier>> dossiers;

    AlertMatcher(Search search, MotionRegister motions, RecommendationsTracker recommendations, Derived<List<Dossier>> dossiers) {
        this.search = search;
        this.motions = motions;
        this.recommendations = recommendations;
        this.dossiers = dossiers;
    }

    List<AlertItem> matches(SavedSearch s) {
        List<AlertItem> out = new ArrayList<>();
        if (s.follow() != null && s.follow().startsWith(DOSSIER)) {
            // a followed dossier: each step of its timeline (an agenda item, a document citing its reference)
            String id = s.follow().substring(DOSSIER.length());
            dossiers.get().stream().filter(d -> d.id().equals(id)).findFirst().ifPresent(d -> d.timeline().forEach(e -> out.add(
                    new AlertItem(e.itemId() != null ? e.itemId() : e.docId(), "dossier", e.docId(), e.title(), e.date(),
                            e.decisions().isEmpty() ? "" : e.decisions().get(0).text()))));
            return out;
        }
        if (s.follow() != null) {
            String[] f = s.follow().split(":", 2);
            List<Evidence> evidence = f.length < 2 ? List.of() : switch (f[0]) {
                case "motion" -> motions.get(f[1]).map(MotionRow::evidence).orElse(List.of());
                case "recommendation" -> recommendations.get(f[1]).map(v -> v.evidence()).orElse(List.of());
                default -> List.of();
            };
            for (Evidence e : evidence) {
                out.add(new AlertItem(e.docId(), "document", e.docId(), e.title(), e.date(), e.snippet()));
            }
            return out;
        }
        SearchQuery q = new SearchQuery(s.query(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                SearchQuery.Sort.date_desc, 1, MAX, false, List.of());
        SearchResult r = search.search(q);
        for (SearchResult.Hit h : r.hits()) {
            out.add(new AlertItem(h.id(), h.type(), h.docId(), h.title(), h.date(), h.snippet()));
        }
        return out;
    }
}
