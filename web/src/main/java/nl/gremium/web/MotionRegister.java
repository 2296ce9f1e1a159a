package nl.gremium.web;

import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gremium.analytics.Evidence;
import nl.gremium.model.Decision;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Motion;
import nl.gremium.model.Outcome;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;
import nl.gremium.store.StatusStore;

/**
 * The motions register: every motion and amendment the user may see, with the meeting and outcome (from the
 * decision list or minutes that record it when the motion bears no stamp), the vote per party where printed, and
 * for adopted motions the follow-up: a controller's status when set, else the status the evidence supports.
 * Computed once per data change and clearance ({@link Derived}).
 */
final class MotionRegister {
    private final Library library;
    private final StatusStore statuses;
    private final DataVersion version;
    private final Derived<List<MotionRow>> rows;

    MotionRegister(Library library, DataVersion version) {
        this.library = library;
        this.statuses = new StatusStore(library.store());
        this.version = version;
        this.rows = new Derived<>(version, this::compute);
    }

    List<MotionRow> list() {
        return rows.get();
    }

    Optional<MotionRow> get(String id) {
        return rows.get().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Records a controller's status for an adopted motion the user may see. */
    StatusEntry set(String id, RecommendationStatus status, String note, String who) {
        MotionRow row = get(id).orElseThrow(() -> new NotFoundResponse("motie " + id + " niet gevonden"));
        return StatusSetter.set(statuses, version, row.id(), status, null, null, note, who);
    }

    List<StatusEntry> history(String id) {
        return statuses.history(id);
    }

    private List<MotionRow> compute() {
        Collection<LogicalDocument> docs = library.all();
        Map<String, Decision> decisions = new HashMap<>();
        Map<String, LogicalDocument> decisionDocs = new HashMap<>();
        for (LogicalDocument d : docs) {
            for (Decision x : d.tags().decisions()) {
                decisions.put(x.id(), x);
                decisionDocs.put(x.id(), d);
            }
        }
        Map<String, StatusEntry> latest = statuses.latest();
        List<MotionRow> out = new ArrayList<>();
        for (LogicalDocument d : docs) {
            for (Motion m : d.tags().motions()) {
                Decision recorded = m.outcomeSource() == null ? null : decisions.get(m.outcomeSource());
                LogicalDocument meetingDoc = recorded != null ? decisionDocs.get(m.outcomeSource()) : d;
                String body = recorded != null && recorded.body() != null ? recorded.body()
                        : meetingDoc.metadata() == null ? null : meetingDoc.metadata().body();
                LocalDate date = recorded != null && recorded.date() != null ? recorded.date()
                        : meetingDoc.metadata() == null ? null : meetingDoc.metadata().date();
                List<PartyVotes.Side> votes = PartyVotes.in(recorded == null ? m.outcomeText()
                        : recorded.outcomeText() + " " + recorded.text());
                boolean adopted = m.outcome() == Outcome.adopted || m.outcome() == Outcome.adopted_amended;
                List<Evidence> evidence = adopted ? FollowUpFinder.forMotion(d.id(), m.title(), m.number(), date, docs) : List.of();
                StatusEntry c = latest.get(m.id());
                RecommendationStatus fromEvidence = FollowUpFinder.status(evidence);
                RecommendationStatus status = !adopted ? null : c != null ? c.status()
                        : fromEvidence != null ? fromEvidence : RecommendationStatus.open;
                String source = !adopted ? null : c != null ? "controller" : fromEvidence != null ? "evidence" : "none";
                String rule = !adopted ? null : c != null ? FollowUpFinder.RULE_CONTROLLER : FollowUpFinder.rule(evidence);
                out.add(new MotionRow(m.id(), d.id(), m.kind() == null ? null : m.kind().name(), m.number(),
                        m.title() != null ? m.title() : DocumentPage.titleOf(d), m.submitters(), m.parties(), body, date,
                        m.outcome(), m.outcomeText(), m.outcomeSource(), votes, status, source, rule, evidence, c));
            }
        }
        out.sort(Comparator.comparing(MotionRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(MotionRow::number, Comparator.nullsLast(RecommendationsTracker.NumberOrder.INSTANCE))
                .thenComparing(MotionRow::id));
        return List.copyOf(out);
    }
}
