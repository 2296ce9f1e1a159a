package nl.gremium.tag;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Action;

/**
 * Actions from action lists and commitments lists printed as tables ({@link TaskTable}): each row is a task of the
 * party its "wie" column names, due by its "termijn" column. The sentence taggers leave tables alone.
 */
final class ActionTableTagger implements Tagger {

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        IdSequence ids = draft.ids('a', draft.actions.size());
        LocalDate date = view.date();
        for (TaskTable.Row row : TaskTable.rows(view.blocks)) {
            // without a "wie" column the task names its doer as its subject ("Secretaris stuurt de stukken …")
            String who = row.who() != null ? row.who() : ActionTagger.actor(row.text(), List.of(), view);
            // a decision list's action column was also read cell by cell as the list's own steps: the row's reading,
            // with its "wie" and "termijn" columns, is the one to keep
            draft.actions.removeIf(a -> a.text().equals(row.text()));
            draft.actions.add(row.dueText() == null
                    // no deadline column: the deadline the task states ("… voor 15 april aan de deelnemers")
                    ? ActionTagger.dated(ids.next(), row.text(), who, date == null ? null : date.getYear(), null, row.page())
                    : new Action(ids.next(), row.text(), who, row.due(date).orElse(null), row.dueText(), null, row.page()));
        }
    }
}
