package nl.gremium.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Action;
import nl.gremium.model.Amount;
import nl.gremium.model.Decision;
import nl.gremium.model.Entity;
import nl.gremium.model.FundingFact;
import nl.gremium.model.Motion;
import nl.gremium.model.Recommendation;
import nl.gremium.model.Tags;

/**
 * The records found so far in one document, filled stage by stage: a later tagger may read what an
 * earlier one found (actions skip sentences already taken as decisions; funding reads amounts).
 */
final class TagDraft {
    final List<Decision> decisions = new ArrayList<>();
    final List<Recommendation> recommendations = new ArrayList<>();
    final List<Action> actions = new ArrayList<>();
    final List<Amount> amounts = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<FundingFact> funding = new ArrayList<>();
    final List<Motion> motions = new ArrayList<>();
    private final String docId;

    TagDraft(String docId) {
        this.docId = docId;
    }

    /** A fresh id sequence for one record type ('d' decisions, 'r', 'a', 'm' amounts, 'v' motions). */
    IdSequence ids(char type) {
        return new IdSequence(docId, type);
    }

    /** An id sequence for one record type that continues after {@code used} ids a former stage gave out. */
    IdSequence ids(char type, int used) {
        IdSequence ids = new IdSequence(docId, type);
        for (int i = 0; i < used; i++) {
            ids.next();
        }
        return ids;
    }

    /**
     * The records with content-anchored ids ({@link RecordIds}): stages number records as they go, the
     * stored id depends only on what a record says (and, for amounts, its value and page).
     *
     * @param written the date a letter was written, or null: a date before it that an action names ("Zoals ik in mijn
     *                bericht van 18 maart heb gemeld, zal ik …") is a reference back, no deadline
     */
    Tags build(LocalDate written) {
        RecordIds ids = new RecordIds(docId);
        return new Tags(
                decisions.stream().map(x -> x.withId(ids.next('d', x.agendaItem() + " " + x.text()))).toList(),
                recommendations.stream().map(x -> x.withId(ids.next('r', x.number() + " " + x.text()))).toList(),
                actions.stream().map(x -> {
                    boolean past = written != null && x.due() != null && x.due().isBefore(written);
                    return new Action(ids.next('a', x.text()), x.text(), x.actor(), past ? null : x.due(),
                            past ? null : x.dueText(), x.agendaItem(), x.page());
                }).toList(),
                amounts.stream().map(x -> new Amount(ids.next('m', x.value() + " " + x.page() + " " + x.text()), x.raw(),
                        x.value(), x.text(), x.year(), x.purpose(), x.tableId(), x.page())).toList(),
                entities, funding,
                motions.stream().map(x -> new Motion(ids.next('v', x.number() + " " + x.title()), x.kind(), x.number(),
                        x.title(), x.submitters(), x.parties(), x.outcome(), x.outcomeText(), x.page())).toList());
    }
}
