package nl.gremium.web;

import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gremium.analytics.Evidence;
import nl.gremium.model.Commitment;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.RecommendationStatus;
import nl.gremium.store.StatusEntry;
import nl.gremium.store.StatusStore;
import nl.gremium.tag.Commitments;

/**
 * The commitments register: every commitment (toezegging) in the minutes, decision lists and letters the user may
 * see, with who made it, to whom, by when, and its status: a controller's when set (with owner and due date),
 * else what later documents show. Overdue: the deadline passed and it is not done. Computed once per data change
 * and clearance ({@link Derived}).
 */
final class CommitmentRegister {
    /** The kinds that record commitments: what was said in a meeting, and what the executive writes to the board. */
    private static final Set<DocKind> KINDS = Set.of(DocKind.minutes, DocKind.decision_list, DocKind.letter, DocKind.other);

    private final Library library;
    private final StatusStore statuses;
    private final DataVersion version;
    private final Derived<List<CommitmentRow>> rows;

    CommitmentRegister(Library library, DataVersion version) {
        this.library = library;
        this.statuses = new StatusStore(library.store());
        this.version = version;
        this.rows = new Derived<>(version, this::compute);
    }

    List<CommitmentRow> list() {
        return rows.get();
    }

    Optional<CommitmentRow> get(String id) {
        return rows.get().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    StatusEntry set(String id, RecommendationStatus status, String owner, LocalDate due, String note, String who) {
        CommitmentRow row = get(id).orElseThrow(() -> new NotFoundResponse("toezegging " + id + " niet gevonden"));
        return StatusSetter.set(statuses, version, row.id(), status, owner, due, note, who);
    }

    List<StatusEntry> history(String id) {
        return statuses.history(id);
    }

    private List<CommitmentRow> compute() {
        Collection<LogicalDocument> docs = library.all();
        Map<String, StatusEntry> latest = statuses.latest();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        List<CommitmentRow> out = new ArrayList<>();
        for (LogicalDocument d : docs) {
            if (d.kind() == null || !KINDS.contains(d.kind())) {
                continue;
            }
            LocalDate date = d.metadata() == null ? null : d.metadata().date();
            for (Commitment c : Commitments.in(d)) {
                List<Evidence> evidence = new ArrayList<>(FollowUpFinder.fromList(d, c).stream().toList());
                evidence.addAll(FollowUpFinder.forCommitment(d.id(), c.text(), date, docs));
                StatusEntry set = latest.get(c.id());
                RecommendationStatus fromEvidence = FollowUpFinder.status(evidence);
                RecommendationStatus status = set != null ? set.status() : fromEvidence != null ? fromEvidence : RecommendationStatus.open;
                LocalDate due = set != null && set.due() != null ? set.due() : c.due();
                out.add(new CommitmentRow(c.id(), d.id(), DocumentPage.titleOf(d), d.metadata() == null ? null : d.metadata().body(),
                        date, c.page(), c.text(), c.who(), c.toWhom(), c.dueText(), due,
                        due != null && due.isBefore(today) && !status.settled(), set == null ? null : set.owner(),
                        status, set != null ? "controller" : fromEvidence != null ? "evidence" : "none",
                        set != null ? FollowUpFinder.RULE_CONTROLLER : FollowUpFinder.strongestRule(evidence), c.cue(), evidence, set));
            }
        }
        out.sort(Comparator.comparing(CommitmentRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CommitmentRow::docId).thenComparingInt(CommitmentRow::page));
        return List.copyOf(out);
    }
}
