package nl.gremium.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;

/**
 * An action list or commitments list printed as a table ("Nr | Actie | Wie | Gereed", "Nr | Datum | Toezegging |
 * Portefeuillehouder | Termijn | Status"), as boards and council clerks keep them: one task per body row of the column
 * headed "actie", "toezegging" or "afspraak" (or "omschrijving" beside an "actiehouder" column, or beside columns of who
 * and when), who from a column headed "wie", "actiehouder" or "portefeuillehouder",
 * the deadline from "termijn", "gereed" or "planning", the status as printed from "status" or "stand van zaken".
 * A table counts only with a task column and at least one of the other three, or a task column beside a decision
 * list's "besluit" column ("Onderwerp | Besluit | Actie"), so that a budget table's "omschrijving" or a decision
 * list's "besluit" is never read as one.
 */
final class TaskTable {
    private static final Pattern TASK = Pattern.compile(
            "^(?:actie(?:punt)?(?:en)?|toezegging(?:en)?|afspraak|afspraken|taak|opdracht|omschrijving\\s+(?:actie|toezegging))\\b");
    private static final Pattern WHO = Pattern.compile(
            "^(?:wie|actiehouder|actienemer|portefeuillehouder|verantwoordelijke?|eigenaar|door(?:\\s+wie)?|uitvoerder|trekker|"
                    + "bestuurder|gedeputeerde|wethouder|belegd\\s+bij|toegezegd\\s+door)\\b");
    private static final Pattern DUE = Pattern.compile(
            "^(?:termijn|(?:datum\\s+)?gereed|wanneer|deadline|planning|streefdatum|uiterlijk|afdoeningstermijn|"
                    + "uiterste\\s+datum|(?:datum\\s+)?afhandeling|afgerond\\s+voor)\\b");
    /** A column of who holds an action, which only action lists have. */
    private static final Pattern ACTION_HOLDER = Pattern.compile("^(?:actiehouder|actienemer|trekker)\\b");
    /** A decision list's column of what was decided. */
    private static final Pattern DECIDED = Pattern.compile("^(?:besluit|besluiten|besloten|besluitvorming)\\b");
    private static final Pattern DESCRIPTION = Pattern.compile("^(?:omschrijving|onderwerp|wat)\\b");
    private static final Pattern STATUS = Pattern.compile("^(?:status|stand(?:\\s+van\\s+zaken)?|voortgang|afgedaan|afdoening)\\b");
    private static final Pattern COMMITMENTS = Pattern.compile("^(?:toezegging(?:en)?|omschrijving\\s+toezegging)\\b");
    private static final Pattern NUMBER = Pattern.compile("^(?:nr\\.?|nummer|no\\.?|#|№|kenmerk|code)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:\\d{1,3}[.)]|[-•▪●*])\\s+(?=\\p{L})");
    private static final int MIN_WORDS = 3;

    /**
     * One task as the table prints it.
     *
     * @param number     the row's number or code ("AB-26-03"), or null
     * @param text       the task
     * @param who        who must do it, as printed, or null
     * @param dueText    the deadline as printed, or null
     * @param status     the status as printed ("Afgedaan met brief van 20 juni"), or null
     * @param commitment whether the table lists commitments (toezeggingen) rather than actions
     */
    record Row(String number, String text, String who, String dueText, String status, boolean commitment, int page) {
        /** The last day the deadline column allows, reckoned from the list's date; empty when it cannot be. */
        Optional<LocalDate> due(LocalDate listDate) {
            return dueText == null ? Optional.empty() : Deadline.lastDay(dueText, listDate);
        }
    }

    private TaskTable() {}

    /**
     * An action or commitments list: a task column with a column of who, when or how far, and no column of decisions (a
     * decision list that adds who acts on each decision is a decision list first).
     */
    static boolean isTaskList(Table table) {
        if (table.rows().isEmpty()) {
            return false;
        }
        List<Cell> header = table.rows().get(Math.max(1, table.headerRows()) - 1);
        return Columns.of(header).taskList() && HeaderColumn.find(header, DECIDED) < 0;
    }

    /**
     * The columns a header names (-1 where it names none).
     *
     * @param steps the task column is a decision list's column of decisions, whose sentences after the decision name the
     *              steps that follow from it
     */
    private record Columns(int task, int who, int due, int status, boolean steps) {
        static Columns of(List<Cell> header) {
            int who = HeaderColumn.find(header, WHO);
            int task = HeaderColumn.find(header, TASK);
            int due = HeaderColumn.find(header, DUE);
            boolean holder = who >= 0 && ACTION_HOLDER.matcher(HeaderColumn.label(header.get(who))).find();
            int decided = HeaderColumn.find(header, DECIDED);
            if (task < 0 && holder && decided >= 0) {
                // "Nr | Onderwerp | Besluit | Actiehouder | Gereed": who acts on each decision, and by when
                return new Columns(decided, who, due, HeaderColumn.find(header, STATUS), true);
            }
            if (task < 0 && who >= 0 && (holder || due >= 0)) {
                // "Nr | Omschrijving | Actiehouder | Gereed", "Nr | Omschrijving | Wie | Termijn": who holds it and by when
                // make it an action list
                task = HeaderColumn.find(header, DESCRIPTION);
            }
            return new Columns(task, who, due, HeaderColumn.find(header, STATUS), false);
        }

        boolean taskList() {
            return task >= 0 && (who >= 0 || due >= 0 || status >= 0);
        }
    }

    /** The tasks of every action or commitments table among {@code blocks}, in reading order. */
    static List<Row> rows(List<Block> blocks) {
        List<Row> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block.is(BlockType.TABLE) && block.table() != null) {
                read(block.table(), out);
            }
        }
        return out;
    }

    private static void read(Table table, List<Row> out) {
        int headerRows = Math.max(1, table.headerRows());
        if (table.rows().size() <= headerRows) {
            return;
        }
        List<Cell> header = table.rows().get(headerRows - 1);
        Columns columns = Columns.of(header);
        int task = columns.task();
        // "Agendapunt | Onderwerp | Besluit | Actie": a decision list's column of what follows from each decision
        boolean besideDecisions = task >= 0 && HeaderColumn.find(header, DECIDED) >= 0;
        if (!columns.taskList() && !besideDecisions) {
            return;
        }
        int who = columns.who();
        int due = columns.due();
        int status = columns.status();
        boolean commitments = COMMITMENTS.matcher(HeaderColumn.label(header.get(task))).find();
        int nr = HeaderColumn.find(header, NUMBER);
        for (int r = headerRows; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            String text = LEADING_NUMBER.matcher(cell(row, task)).replaceFirst("");
            text = columns.steps() ? step(text) : text;
            if (text.split(" ").length < MIN_WORDS || columns.steps() && orNull(cell(row, who)) == null) {
                continue;
            }
            out.add(new Row(orNull(cell(row, nr)), text, orNull(cell(row, who)), orNull(cell(row, due)), orNull(cell(row, status)),
                    commitments, table.rowPage(r)));
        }
    }

    /**
     * The step a decision's cell names after the decision: its last later sentence whose verb comes early, as a main
     * clause's does ("Conform. … De secretaris zendt de jaarstukken vóór 15 april aan de raden."); "" when none does (a
     * note such as "Contractwaarde maximaal € 2,4 miljoen." is no step).
     */
    private static String step(String decision) {
        String[] sentences = SENTENCE_END.split(decision);
        for (int i = sentences.length - 1; i > 0; i--) {
            String[] words = sentences[i].split("\\s+");
            for (int w = 1; w < Math.min(words.length, STEP_VERB_BY); w++) {
                if (ActionTagger.stepVerb(words[w])) {
                    return sentences[i].strip();
                }
            }
        }
        return "";
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** The verb of a main clause stands second, after a subject of a few words at most. */
    private static final int STEP_VERB_BY = 5;

    private static String cell(List<Cell> row, int c) {
        return c >= 0 && c < row.size() && row.get(c).text() != null ? DocumentView.normalise(row.get(c).text()) : "";
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() || s.matches("[-–—/.\\s]*") ? null : s;
    }
}
