package nl.gremium.tag;

import java.time.LocalDate;
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
            draft.actions.add(new Action(ids.next(), row.text(), row.who(), row.due(date).orElse(null), row.dueText(), null, row.page()));
        }
    }
}
