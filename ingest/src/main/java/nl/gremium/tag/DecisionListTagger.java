package nl.gremium.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.Outcome;
import nl.gremium.model.Table;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;

/**
 * Decisions of a decision list (besluitenlijst of a council, board, GS or college). In table form every
 * row with an outcome is one decision: the subject as printed, the item code ("F.1", "AA") or, for a
 * row led by a stuknummer (motions, amendments), the code of the agenda item it falls under, and the
 * outcome as printed in the outcome column, or as a status printed inside the subject ("Ingetrokken
 * Motie …", "… NIET BEHANDELD"). In paragraph form, each "Besluit: …" (or "Besluit GS: Conform") under
 * an item is one decision, its text the decision or, when it only gives an outcome, the item's title.
 * A list that yields neither falls back to the general {@link DecisionTagger}.
 */
final class DecisionListTagger implements Tagger {
    /** An agenda code: "A", "AA", "F.1", "3", "3.2", "12a" (a trailing dot allowed). */
    static final Pattern CODE = CaseFold.compile("^(?:[A-Z]{1,3}(?:\\d{1,3}[a-z]?)?|\\d{1,3}[a-z]?)(?:\\.\\d{1,3}[a-z]?)*\\.?$");
    /** A document number leading a row: "321221", "RIS321221", "2025-123", "25/1234", "PS2026-041", "GS/2026/123". */
    private static final String NUMBER = "(?:(?:RIS\\s?)?\\d{5,}|(?:[A-Z]{1,5}[\\s/-]?)?\\d{2,4}(?:[-/.]\\d{2,6}){1,2}[a-z]?)";
    private static final Pattern STUKNUMMER = CaseFold.compile("^" + NUMBER + "$", Pattern.CASE_INSENSITIVE);
    /** Headers of the column that records the outcome. */
    private static final Pattern OUTCOME_HEADER = CaseFold.compile(
            "(?i)^(?:(?:genomen\\s+)?besluit(?:en)?|beslissing(?:en)?|besluitvorming|uitslag|resultaat|stemming|stemmingsuitslag|afdoening|status|uitkomst|besloten)\\b.*");
    /** Statuses printed before a title in its own cell-part ("Ingetrokken Motie P.2 …"). */
    private static final Set<Outcome> LEADING = Set.of(Outcome.withdrawn, Outcome.held, Outcome.not_treated);
    /**
     * "Besluit: …", "Besluit GS: …", "Besluit college: …", "Besluiten:", "Besluit over het voorstel:": the label of a
     * paragraph-form decision; alone on its line, the clauses under it are the decision.
     */
    private static final Pattern LABEL = CaseFold.compile(
            "(?i)^(?:besluit(?:en|vorming)?|besloten|afdoening)(?:\\s+(?:GS|B&W|B\\s*en\\s*W|college|raad|bestuur|DB|AB))?"
                    + "(?:\\s+(?:over|op|inzake)\\s+(?:het|dit)\\s+(?:\\p{L}*voorstel|agendapunt|punt))?\\s*:\\s*(.*)$",
            Pattern.DOTALL);
    /** A "Besluit:" label that opens a later sentence of its paragraph. */
    private static final Pattern LATER_LABEL = CaseFold.compile("(?<=[.;])\\s+(?=(?:besluit|besloten)\\s*:)", Pattern.CASE_INSENSITIVE);
    /** What the account put to the vote: "Amendement A1 van de fractie X, om …, wordt in stemming gebracht." */
    private static final Pattern PUT_TO_VOTE = CaseFold.compile(
            "(?<subject>(?:(?:het|de)\\s+)?(?:amendement|motie)\\b.+?),?\\s+(?:wordt|werd|komt|kwam)\\s+(?:vervolgens\\s+)?in\\s+stemming"
                    + "(?:\\s+gebracht)?\\s*\\.?", Pattern.CASE_INSENSITIVE);
    /** Where or until when an item went: "aangehouden tot de vergadering van 17 november", "verwezen naar de commissie". */
    private static final Pattern UNTIL = CaseFold.compile("(?iu)^\\s*(?:(?:tot|naar)\\s+)?(?:de\\s+|het\\s+|een\\s+)?(?:(?:eerst)?volgende\\s+)?"
            + "(?:vergadering|commissie|raad|bestuur|overleg|\\d{1,2}\\s+\\p{L}+)[^.;]{0,60}[.]?\\s*$");
    /** A decision label further on in a text: where the next item's decision starts. */
    private static final Pattern LABEL_INSIDE = CaseFold.compile("(?i)\\b(?:besluit|besloten)\\s*:");
    private static final int MAX_OTHER_OUTCOME = 4;
    private static final int BARE_OUTCOME_WORDS = 10;
    private static final int TITLE_WORDS = 16;
    /** A decision's subject that only points at its item: "het voorstel …", "dit agendapunt …". */
    private static final Pattern THE_ITEM = CaseFold.compile("(?:het|dit|dat)\\s+(?:(?:geamendeerde|gewijzigde|aangepaste)\\s+)?"
            + "(?:voorstel|agendapunt|punt|stuk|onderwerp)\\s+"
            + "(?:is|wordt|werd)\\b", Pattern.CASE_INSENSITIVE);
    /** A document number leading a title line ({@link #STUKNUMMER}'s forms, as "PS2026-041 Uitvoeringsprogramma …"). */
    private static final Pattern DOCUMENT_NUMBER = CaseFold.compile("^" + NUMBER + "\\s+(?=\\S)");
    private static final Pattern NO_VALUE = CaseFold.compile("^[-–—/.\\s]*$");
    /** The closing row's time in the outcome column ("Sluiting | 23.12 uur"): no outcome. */
    private static final Pattern CLOCK = CaseFold.compile("(?i)^(?:om\\s+)?\\d{1,2}[.:]\\d{2}(?:\\s*uur)?\\.?$");
    /**
     * The header of a column that says who voted or submitted ("Fracties voor / tegen", "Stemverhouding", "Indieners"): its
     * cells can be longer than the subject's but are never what was decided.
     */
    private static final Pattern VOTE_HEADER = CaseFold.compile(
            "(?iu)^(?:fracties?\\b.*|stemverhouding|stemmen|voor\\s*/\\s*tegen\\b.*|indiener(?:s|\\(s\\))?|ingediend\\s+door)$");
    /** The number or letter that marks a title line inside an item: "a.", "1b.", "12)". */
    private static final Pattern MARKER = CaseFold.compile("^(?:\\d{1,3}[a-z]?|[a-z])[.)]\\s+(?=\\S)");
    private static final Pattern CLAUSE_END = CaseFold.compile("[.;:]$");
    /** The result of the vote on an item's decision, in a paragraph of its own: "Stemming: aangenomen …", "Uitslag: …". */
    private static final Pattern VOTE_FIELD = CaseFold.compile("(?iu)^(?:stemming|uitslag(?:\\s+stemming)?|stemuitslag)\\s*:\\s*(.+)$",
            Pattern.DOTALL);
    /** A printed outcome ends where a remark about it starts: "aangehouden; …", "conform, met dien verstande dat …". */
    private static final Pattern REMARK = CaseFold.compile("^\\s*[;,:–]\\s|^\\s*\\.\\s+\\p{Lu}");
    /** What may follow a printed outcome and still say nothing but the vote: "met 20 stemmen voor (VVD, CDA) en 5 tegen". */
    private static final Pattern TALLY = CaseFold.compile(
            "(?iu)(?:\\s*(?:\\([^()]{0,200}\\)|\\d{1,3}|met|bij|en|stemmen|stem|voor|tegen|algemene|zonder|stemming|hamerslag|"
                    + "van|de|alle|aanwezige|leden|[-–,.;:]))*\\s*");
    /**
     * A motion, amendment or proposal and its result on one line, as a paragraph-form list records the votes under an item:
     * "Motie M1 (D66) Onderzoek naar energiearmoede: aangenomen", "A2 Amendement Groen – verworpen (4 voor, 17 tegen)",
     * "Het statenvoorstel is aangenomen met 38 stemmen voor".
     * Group "subject" is what was voted on, "result" starts with the printed outcome.
     */
    private static final Pattern VOTED = CaseFold.compile(
            "^(?:[-–•]\\s*)?(?<subject>(?:[A-Z]{0,2}\\d{1,3}[a-z]?(?:\\.\\d{1,2})?[.)]?\\s+)?(?:de\\s+|het\\s+)?(?:motie|amendement|subamendement|"
                    + "\\p{L}*voorstel|\\p{L}*voorstellen|moties|amendementen)\\b.{0,300}?)"
                    + "\\s*(?::|\\s[-–—]|\\s(?:is|wordt|werd)\\s)\\s*(?<result>\\p{L}.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** Where a vote starts inside a line that a title runs into: "PS2026-039 Omgevingsverordening Amendement A1 (PvdA) …". */
    private static final Pattern VOTE_INSIDE = CaseFold.compile("\\s(?=(?:Motie|Amendement|Subamendement)\\b)");

    private final Tagger fallback = new DecisionTagger();

    @Override
    public void tag(DocumentView view, TagDraft draft) {
        IdSequence ids = draft.ids('d');
        List<Decision> found = fromTables(view, ids);
        if (!found.isEmpty()) {
            draft.decisions.addAll(found);
            return;
        }
        Set<String> voteIds = new HashSet<>();
        found = fromParagraphs(view, ids, voteIds);
        if (found.isEmpty()) {
            TagDraft general = new TagDraft(view.doc.id());
            fallback.tag(view, general);
            general.decisions.stream().map(DecisionListTagger::onItsTitle).forEach(draft.decisions::add);
            return;
        }
        // a paragraph-form list labels some decisions ("Besluit: conform") and states others as the board's
        // sentence ("Het college besluit: 1. … 2. …"): items without a labelled one keep what the general tagger reads
        // (a vote on a motion under an item is not the item's own decision: "Het AB stelt een krediet beschikbaar" stays)
        Set<String> decided = new HashSet<>();
        List<Decision> votes = found.stream().filter(d -> voteIds.contains(d.id())).toList();
        found.stream().filter(d -> !voteIds.contains(d.id())).forEach(d -> decided.add(d.agendaItem()));
        TagDraft general = new TagDraft(view.doc.id());
        fallback.tag(view, general);
        general.decisions.stream().filter(d -> d.agendaItem() != null && !decided.contains(d.agendaItem()))
                .filter(d -> votes.stream().noneMatch(v -> d.text().startsWith(v.text()) || onItsTitle(d).text().equals(v.text())))
                .map(DecisionListTagger::onItsTitle)
                .forEach(found::add);
        found.sort(Comparator.comparingInt(Decision::page));
        draft.decisions.addAll(found);
    }

    /**
     * "De motie wordt met 14 stemmen voor en 16 tegen verworpen." under "Agendapunt 6 – Motie Zuinig met zoetwater": the
     * item says what was decided, the sentence only how; a list records it as the item's title with that outcome.
     */
    private static Decision onItsTitle(Decision d) {
        if (d.agendaTitle() == null || d.outcome() == null || !ITEM_PASSIVE.matcher(d.text()).lookingAt()) {
            return d;
        }
        return new Decision(d.id(), d.agendaTitle(), d.agendaItem(), d.agendaTitle(), d.body(), d.date(), d.proposal(), d.outcome(),
                d.page(), d.outcomeText());
    }

    private static final Pattern ITEM_PASSIVE = CaseFold.compile(
            "(?:de|het|dit|deze)\\s+(?:motie|amendement|voorstel|raadsvoorstel|statenvoorstel|initiatiefvoorstel)\\s+(?:wordt|is|werd)\\b",
            Pattern.CASE_INSENSITIVE);

    // ---- table form ----

    /** The decisions of the document's decision tables, one per row with an outcome (also minutes print one). */
    static List<Decision> fromTables(DocumentView view, IdSequence ids) {
        List<Decision> out = new ArrayList<>();
        String section = null; // the agenda code rows led by a stuknummer fall under
        int[] columnOf = new int[32]; // outcome column by column count: later parts of a split table lack the header
        Arrays.fill(columnOf, -1);
        boolean[] headed = new boolean[columnOf.length]; // by column count: the table (or its first part) has a "Besluit" header
        long[] notSubjectAt = new long[columnOf.length]; // by column count: the columns that hold no subject
        for (int b = 0; b < view.blocks.size(); b++) {
            Table t = view.block(b).table();
            if (!view.is(b, BlockType.TABLE) || t == null || t.columnCount() < 2) {
                continue;
            }
            if (TaskTable.isTaskList(t)) {
                continue; // "Nr | Actie | Wie | Gereed | Status": the status of tasks, no decisions
            }
            List<Decision> recorded = fromRecordTable(view, b, t);
            if (!recorded.isEmpty()) {
                recorded.forEach(d -> out.add(d.withId(ids.next())));
                continue;
            }
            int outcomeColumn = outcomeColumn(t);
            int width = Math.min(t.columnCount(), columnOf.length - 1);
            if (headerColumn(t) >= 0) {
                headed[width] = true;
                notSubjectAt[width] = notSubjectColumns(t);
            }
            if (outcomeColumn < 0) {
                outcomeColumn = columnOf[width];
            }
            if (outcomeColumn < 0) {
                continue;
            }
            columnOf[width] = outcomeColumn;
            for (int r = 0; r < t.rowCount(); r++) {
                List<String> cells = t.rows().get(r).stream().map(c -> DocumentView.normalise(c.text())).toList();
                if (cells.stream().allMatch(String::isEmpty) || isHeader(cells, outcomeColumn)) {
                    continue;
                }
                Row row = headline(row(cells, outcomeColumn, headed[width], notSubjectAt[width]), t.rows().get(r));
                if (row.code() != null) {
                    section = row.code();
                } else if (cells.get(0).isEmpty() && row.outcomeText() == null && !row.subject().isEmpty()
                        && (outcomeColumn < 0 || outcomeColumn >= cells.size() || cells.get(outcomeColumn).isEmpty())) {
                    // a printed group heading ("Gestaakte stemmen …") heads what follows; a row with "-" in the
                    // outcome column is a note ("Er is geen amendement K.A") and leaves the item as it was
                    section = row.subject();
                }
                String item = row.code() != null ? row.code() : section != null ? section : row.number();
                // a sentence in the decision column is the record where it says what was decided; where the list names the
                // subject in a column of its own and the sentence gives its outcome ("De agenda wordt vastgesteld met dien
                // verstande …", "Het besluit … wordt aangehouden tot mei"), the subject with that outcome is
                if (row.stated() != null && (row.outcome() == null || row.subject().isEmpty())) {
                    out.add(new Decision(ids.next(), row.stated(), item, row.subject().isEmpty() ? null : row.subject(), body(view),
                            view.date(), null, row.outcome(), t.rowPage(r), row.outcomeText()));
                    continue;
                }
                if (row.outcomeText() == null || row.subject().isEmpty()) {
                    continue;
                }
                out.add(row.stated() != null
                        ? new Decision(ids.next(), row.subject(), item, row.subject(), body(view), view.date(), null, row.outcome(),
                                t.rowPage(r), row.outcomeText())
                        : decision(view, ids, row.subject(), item, row.outcomeText(), row.outcome(), t.rowPage(r)));
            }
        }
        return out;
    }

    /** The label of a record table's decision row: "Besluit", "Besluit college", "Genomen besluit". */
    private static final Pattern RECORD_DECISION = CaseFold.compile(
            "(?iu)^(?:genomen\\s+)?besluit(?:en)?(?:\\s+(?:college|b&w|b\\s*en\\s*w|gs|db|ab|bestuur))?\\s*:?$");
    /** The label of a record table's subject row: "Onderwerp", "Titel", "Zaak". */
    private static final Pattern RECORD_SUBJECT = CaseFold.compile("(?iu)^(?:onderwerp|titel|zaak|omschrijving)\\s*:?$");
    /** The label of a record table's item row: "Agendapunt", "Nr.", "Volgnummer". */
    private static final Pattern RECORD_ITEM = CaseFold.compile("(?iu)^(?:agendapunt|nr\\.?|nummer|volgnummer|punt)\\s*:?$");

    /** A row that names the next record of a record table and nothing else: "Agendapunt 4", "Punt 2a". */
    private static final Pattern RECORD_HEAD = CaseFold.compile("(?iu)^(?:agendapunt|punt|nr\\.?|nummer|volgnummer)\\s+(?<code>\\S+)$");

    /**
     * A college's list printed as one small table per item, its labels down the first column ("Onderwerp | …",
     * "Portefeuillehouder | …", "Besluit | 1. … vast te stellen. 2. …"), or as one table of such records one under the
     * other (a row "Agendapunt 4" or a label met again starts the next): one decision per clause of each decision cell,
     * or the subject with the outcome when that cell only gives one ("Conform advies"). Empty when the table holds no
     * such record. The decisions have no ids yet.
     */
    private static List<Decision> fromRecordTable(DocumentView view, int b, Table t) {
        if (t.columnCount() != 2) {
            return List.of();
        }
        List<Decision> out = new ArrayList<>();
        Record record = new Record(view.block(b).page());
        for (int r = 0; r < t.rowCount(); r++) {
            List<Cell> row = t.rows().get(r);
            String label = DocumentView.normalise(row.get(0).text());
            String value = row.size() > 1 ? DocumentView.normalise(row.get(1).text()) : "";
            Matcher head = RECORD_HEAD.matcher(label);
            if (value.isEmpty() && head.matches() && CODE.matcher(head.group("code")).matches()) {
                out.addAll(record.decisions(view, b));
                record = new Record(t.rowPage(r));
                record.item = head.group("code").replaceFirst("\\.$", "");
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            if (record.seen(label)) {
                out.addAll(record.decisions(view, b));
                record = new Record(t.rowPage(r));
            }
            if (RECORD_SUBJECT.matcher(label).matches()) {
                record.subject = value;
            } else if (RECORD_ITEM.matcher(label).matches() && CODE.matcher(value).matches()) {
                record.item = value.replaceFirst("\\.$", "");
            } else if (RECORD_DECISION.matcher(label).matches()) {
                record.decided = value;
                record.page = t.rowPage(r);
            }
        }
        out.addAll(record.decisions(view, b));
        return out;
    }

    /** "GS besluiten:", "Het college besluit:", "Besloten wordt:" before a decision cell's clauses. */
    private static final Pattern CELL_INTRO = CaseFold.compile("(?iu)^[^.;:]{0,60}\\b(?:besluit|besluiten|besloten(?:\\s+wordt)?)\\s*:\\s*");

    /** One record of a record table as its rows are read. */
    private static final class Record {
        private final Set<String> labels = new HashSet<>();
        private String subject;
        private String item;
        private String decided;
        private int page;

        Record(int page) {
            this.page = page;
        }

        /** Whether {@code label} was filled in before: then it heads the next record. */
        boolean seen(String label) {
            return !labels.add(label.toLowerCase(Locale.ROOT));
        }

        List<Decision> decisions(DocumentView view, int b) {
            if (subject == null || decided == null) {
                return List.of();
            }
            Optional<Outcomes.Phrase> outcome = Outcomes.startPhrase(decided);
            // the cell's own introduction ("GS besluiten: 1. … 2. …") is none of its clauses
            List<Clauses.Clause> clauses = Clauses.read(view, b, CELL_INTRO.matcher(decided).replaceFirst(""), view.blocks.size());
            if (outcome.isPresent() && clauses.size() < 2) {
                // "Conform advies.", or with its condition: "Conform advies met dien verstande dat de subsidie …"
                boolean bare = decided.split("\\s+").length <= outcome.get().text().split(" ").length + 4;
                String printed = bare ? printedOutcome(decided, outcome.get()) : decided;
                return List.of(new Decision(null, subject, item, subject, body(view), view.date(), null, outcome.get().outcome(), page, printed));
            }
            List<Decision> out = new ArrayList<>();
            for (Clauses.Clause c : clauses) {
                out.add(new Decision(null, c.text(), item, subject, body(view), view.date(), null, null, page, null));
            }
            return out.isEmpty() ? List.of(new Decision(null, decided, item, subject, body(view), view.date(), null, null, page, null)) : out;
        }
    }

    /**
     * One table row read: code or stuknummer, subject, the outcome as printed and normalised; {@code stated} the
     * decision itself when the outcome column states it as a sentence ("Het college verleent een subsidie van …").
     */
    /**
     * A subject cell that prints its subject in bold over a summary (the table reader keeps a line break after a bold
     * headline): the subject is the headline, "Subsidie Erfgoedlijn 2025" rather than it and "Verlening van een subsidie …".
     */
    private static Row headline(Row row, List<Cell> cells) {
        for (Cell c : cells) {
            int cut = c.text() == null ? -1 : c.text().indexOf('\n');
            if (cut > 0 && DocumentView.normalise(c.text()).equals(row.subject())) {
                String head = DocumentView.normalise(c.text().substring(0, cut));
                return BlockText.words(head) < 2 ? row : new Row(row.code(), row.number(), head, row.outcomeText(), row.outcome(), row.stated());
            }
        }
        return row;
    }

    private record Row(String code, String number, String subject, String outcomeText, Outcome outcome, String stated) {
        Row(String code, String number, String subject, String outcomeText, Outcome outcome) {
            this(code, number, subject, outcomeText, outcome, null);
        }
    }

    private static Row row(List<String> cells, int outcomeColumn, boolean headed, long notSubject) {
        String first = cells.get(0);
        String code = outcomeColumn > 0 && CODE.matcher(first).matches() ? first.replaceAll("\\.$", "") : null;
        Matcher coded = CODED_SUBJECT.matcher(first);
        if (code == null && outcomeColumn > 0 && coded.matches()) {
            // "4.1 Jaarrekening 2025": the item's code and subject in one cell
            code = coded.group("code").replaceAll("\\.$", "");
            cells = new ArrayList<>(cells);
            cells.set(0, coded.group("subject"));
            return row(code, cells, outcomeColumn, headed, notSubject, 0);
        }
        return row(code, cells, outcomeColumn, headed, notSubject,
                code != null || STUKNUMMER.matcher(first).matches() && outcomeColumn > 0 ? 1 : 0);
    }

    /** A row read from column {@code from} on, its code (or null) already known; {@code notSubject} marks columns that are no subject. */
    private static Row row(String code, List<String> cells, int outcomeColumn, boolean headed, long notSubject, int from) {
        String first = cells.get(0);
        String number = outcomeColumn > 0 && code == null && STUKNUMMER.matcher(first).matches() ? first : null;
        // the subject is the longest cell between the code and the outcome (other columns: portfolio, date); a column
        // after the outcome ("Actie: Secretaris stuurt …") says what follows from the decision, not what it is about
        String subject = "";
        int to = outcomeColumn > from && cells.subList(from, Math.min(outcomeColumn, cells.size())).stream().anyMatch(c -> !c.isEmpty())
                ? outcomeColumn : cells.size();
        for (int c = from; c < to; c++) {
            if (c != outcomeColumn && (notSubject & 1L << c) == 0 && cells.get(c).length() > subject.length()) {
                subject = cells.get(c);
            }
        }
        String printed = outcomeColumn < cells.size() ? cells.get(outcomeColumn) : "";
        if (!NO_VALUE.matcher(printed).matches() && !CLOCK.matcher(printed).matches() && !printed.equals(subject)) {
            Optional<Outcome> outcome = Outcomes.of(printed);
            // an outcome the list does not know is short ("Begin Q2"); a sentence there is a note ("… onthoudt zich")
            if (outcome.isPresent() || printed.split("\\s+").length <= MAX_OTHER_OUTCOME) {
                // "De agenda wordt vastgesteld.": the participle of a short passive is the outcome
                return new Row(code, number, subject, printed, outcome.or(() -> passiveOutcome(printed).map(Participle::outcome)).orElse(null));
            }
            // a college's or board's list states each decision in its "Besluit" column, as a sentence or as the clauses
            // of a dictum ("1. De regeling vast te stellen. 2. De raad te informeren."); a note there decides nothing
            if (DecisionTagger.score(printed) > 0 || headed && (dictumClause(printed) || RECORDED.matcher(printed).find())) {
                Optional<Outcomes.Phrase> lead = Outcomes.startPhrase(printed);
                if (lead.isPresent()) {
                    return new Row(code, number, subject, Outcomes.printed(printed, lead.get()), lead.get().outcome(), printed);
                }
                // "De besluitenlijst wordt ongewijzigd vastgesteld.", "Het voorstel wordt aangehouden tot december.": the
                // passive's participle is the outcome as printed; so is a perfect's ("Het bestuur heeft … vastgesteld.")
                Optional<Participle> passive = RECORDED.matcher(printed).find() ? recordedOutcome(printed) : passiveOutcome(printed);
                return new Row(code, number, subject, passive.map(Participle::printed).orElse(null),
                        passive.map(Participle::outcome).orElse(null), printed);
            }
        }
        Optional<Outcomes.Phrase> lead = Outcomes.startPhrase(subject);
        if (lead.isPresent() && LEADING.contains(lead.get().outcome())) {
            String[] words = subject.split("\\s+");
            int n = lead.get().text().split(" ").length;
            if (words.length > n) {
                String status = String.join(" ", Arrays.asList(words).subList(0, n));
                String rest = String.join(" ", Arrays.asList(words).subList(n, words.length));
                return new Row(code, number, rest, status, lead.get().outcome());
            }
        }
        Optional<Outcomes.Found> end = Outcomes.atEnd(stripNote(subject));
        if (end.isPresent() && isShouted(subject.substring(end.get().start()))) {
            String status = stripNote(subject).substring(end.get().start()).strip();
            return new Row(code, number, subject.substring(0, end.get().start()).strip(), status, end.get().outcome());
        }
        return new Row(code, number, subject, null, null);
    }

    /** "4.1 Jaarrekening 2025", "B Ingekomen stukken": an item's code, a space and its subject with a capital. */
    private static final Pattern CODED_SUBJECT = CaseFold.compile(
            "^(?<code>(?:[A-Z]|\\d{1,3}[a-z]?)(?:\\.\\d{1,3}[a-z]?)*\\.?)\\s+(?<subject>\\p{Lu}.*)$");
    /**
     * The meeting's decision as a "Besluit" column records it in the perfect: "Het algemeen bestuur heeft de jaarrekening
     * vastgesteld", "De raad heeft een krediet van € 2,4 miljoen beschikbaar gesteld". Only in such a column: elsewhere a
     * perfect tells of a decision taken before.
     */
    private static final Pattern RECORDED = CaseFold.compile("(?iu)^(?:het|de)\\s+(?:algemeen\\s+|dagelijks\\s+)?(?:bestuur|college|raad"
            + "|gemeenteraad|(?:provinciale|gedeputeerde)\\s+staten|verenigde\\s+vergadering)\\s+(?:heeft|hebben)\\b[^.;]*?\\s(?<p>"
            + "vastgesteld|ingestemd|besloten|aangenomen|goedgekeurd|verworpen|aangehouden|kennisgenomen|kennis\\s+genomen"
            + "|beschikbaar\\s+gesteld|verleend|benoemd|gekozen|toegekend|afgewezen)\\b");

    /** The participle of a recorded perfect ({@link #RECORDED}) as the outcome. */
    private static Optional<Participle> recordedOutcome(String text) {
        Matcher m = RECORDED.matcher(text);
        return m.find() ? Optional.of(new Participle(m.group("p"), Outcomes.of(m.group("p")).orElse(null))) : Optional.empty();
    }

    /** A dictum clause as a college's list prints it: "… vast te stellen.", "in te stemmen met …", "… te zenden;". */
    private static final Pattern DICTUM_CLAUSE = CaseFold.compile(
            "(?iu)^(?:(?:\\d{1,2}|[a-z])[.)]\\s*|[-•–]\\s*)?[^.;:]*\\bte\\s+\\p{L}{2,}en\\b\\s*(?:[.;]|$)");
    /**
     * A cell's first passive sentence, up to its auxiliary: "Het voorstel wordt| aangehouden tot december.", "De voorzitter
     * opent de vergadering. De agenda wordt| vastgesteld."
     */
    private static final Pattern PASSIVE = CaseFold.compile("(?iu)(?:^|[.;]\\s+)[^.;:]*?\\b(?:wordt|worden|is|zijn)\\s+");
    /** A finite verb: a clause that has one reports ("De heer X vraagt …", "… zegt toe … te sturen"), it is no dictum clause. */
    private static final Pattern FINITE = CaseFold.compile("(?iu)\\b(?:vraagt|vragen|zegt|zeggen|geeft|meldt|merkt|antwoordt|deelt"
            + "|licht|heeft|hebben|is|zijn|wordt|worden|kan|kunnen|zal|zullen|wil|willen)\\b");

    /** An outcome as a passive prints it ("ongewijzigd vastgesteld", "aangehouden tot"). */
    private record Participle(String printed, Outcome outcome) {}

    /**
     * The outcome of a text's first passive sentence, read from the participle after its auxiliary: "De besluitenlijst
     * wordt ongewijzigd vastgesteld." → "ongewijzigd vastgesteld"; empty when there is no such passive.
     */
    /**
     * "Besluit: de agenda wordt ongewijzigd vastgesteld." under "Vaststelling van de agenda", "de Kadernota 2027 wordt, zoals
     * gewijzigd, vastgesteld" under "Kadernota 2027": the passive's subject is what the item's title names, so the title
     * says what was decided.
     */
    private static boolean aboutItem(String said, AgendaItem item) {
        Matcher m = ITEM_SUBJECT.matcher(said);
        if (item == null || item.title() == null || !m.lookingAt()) {
            return false;
        }
        String subject = m.group("s").toLowerCase(Locale.ROOT);
        String title = item.title().toLowerCase(Locale.ROOT);
        // the subject is most of the title ("de Kadernota 2027" under "Kadernota 2027", not "de agenda" under "Opening en
        // vaststelling agenda"), and the sentence says no more than its outcome and tally ("…, met dien verstande dat …" does)
        String first = said.split("(?<=\\.)\\s+(?=\\p{Lu})", 2)[0];
        Matcher last = LAST_PARTICIPLE.matcher(first);
        return title.contains(subject) && BlockText.words(subject) * 10 >= BlockText.words(title) * 6
                && last.find() && TALLY.matcher(first.substring(last.end())).matches();
    }

    /** The participles a vote's or an item's result is printed with. */
    private static final String RESULT_PARTICIPLES = "(?:vastgesteld|aangenomen|verworpen|aangehouden|ingetrokken)";
    /** The last outcome participle of a sentence, what a tally may follow. */
    private static final Pattern LAST_PARTICIPLE = CaseFold.compile(
            "(?iu)\\b(?:" + RESULT_PARTICIPLES + "|goedgekeurd)\\b(?!.*\\b(?:" + RESULT_PARTICIPLES + "|goedgekeurd)\\b)");

    private static final Pattern ITEM_SUBJECT = CaseFold.compile("(?iu)(?:de|het)\\s+(?<s>[^,;:]+?)\\s*,?\\s+(?:wordt|worden|is)\\b");

    private static Optional<Participle> passiveOutcome(String text) {
        Matcher passive = PASSIVE.matcher(text);
        if (!passive.find()) {
            return Optional.empty();
        }
        String rest = text.substring(passive.end());
        for (int w = 0, at = 0; w <= PARTICIPLE_WITHIN && at < rest.length(); w++) {
            String tail = rest.substring(at);
            Optional<Outcomes.Phrase> phrase = Outcomes.startPhrase(tail);
            if (phrase.isPresent()) {
                return Optional.of(new Participle(Outcomes.printed(tail, phrase.get()), phrase.get().outcome()));
            }
            int space = rest.indexOf(' ', at);
            at = space < 0 ? rest.length() : space + 1;
        }
        return Optional.empty();
    }

    private static boolean dictumClause(String cell) {
        Matcher m = DICTUM_CLAUSE.matcher(cell);
        return m.find() && !FINITE.matcher(m.group()).find();
    }

    /** How many words may stand between the auxiliary and its participle ("wordt met één wijziging vastgesteld"). */
    private static final int PARTICIPLE_WITHIN = 4;

    /** A trailing note in brackets ("NIET BEHANDELD (op verzoek van de indiener)") does not hide the status. */
    private static String stripNote(String s) {
        return s.replaceFirst("\\s*\\([^()]*\\)\\s*$", "");
    }

    /** A status appended to a title is set in capitals; a title that merely ends in such words is not. */
    private static boolean isShouted(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.replaceAll("\\([^()]*\\)", "").equals(s.replaceAll("\\([^()]*\\)", "").toUpperCase(Locale.ROOT));
    }

    /**
     * The column that holds outcomes: the one whose header says so ("Besluit", "Uitslag"), else the last
     * column when at least two of its cells read as outcomes; -1 when the table records no outcomes.
     */
    static int outcomeColumn(Table t) {
        int headed = headerColumn(t);
        if (headed >= 0) {
            return headed;
        }
        int last = t.columnCount() - 1;
        long outcomes = t.rows().stream().filter(r -> r.size() > last && Outcomes.of(r.get(last).text()).isPresent()).count();
        return outcomes >= 2 || outcomes >= 1 && t.rowCount() <= 2 ? last : -1;
    }

    /**
     * The column whose header says it holds outcomes ("Besluit", "Uitslag"), or -1. Of two ("Besluit | Stemming"), the one
     * whose cells read as outcomes more often: "vastgesteld" rather than "29 voor, 12 tegen"; the rightmost on a tie.
     */
    private static int headerColumn(Table t) {
        for (int r = 0; r < Math.max(1, t.headerRows()) && r < t.rowCount(); r++) {
            List<Cell> row = t.rows().get(r);
            int best = -1;
            long bestOutcomes = -1;
            for (int c = row.size() - 1; c > 0; c--) {
                if (OUTCOME_HEADER.matcher(DocumentView.normalise(row.get(c).text())).matches()) {
                    final int col = c;
                    long outcomes = t.body().stream().filter(b -> b.size() > col && Outcomes.of(b.get(col).text()).isPresent()).count();
                    if (outcomes > bestOutcomes) {
                        best = c;
                        bestOutcomes = outcomes;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    /**
     * The columns, as bits, that hold no subject: those whose header {@link #VOTE_HEADER} names votes or submitters, and,
     * where a header names the subject's column ("Onderwerp", "Titel"), all others (a "Besluit" column's sentences are
     * longer than the subject, and a vote column beside it holds the outcome).
     */
    private static long notSubjectColumns(Table t) {
        long notSubject = 0;
        for (int r = 0; r < Math.max(1, t.headerRows()) && r < t.rowCount(); r++) {
            List<Cell> row = t.rows().get(r);
            for (int c = 0; c < row.size() && c < Long.SIZE; c++) {
                String label = DocumentView.normalise(row.get(c).text());
                if (VOTE_HEADER.matcher(label).matches()) {
                    notSubject |= 1L << c;
                } else if (SUBJECT_HEADER.matcher(label).matches()) {
                    notSubject |= ~(1L << c);
                }
            }
        }
        return notSubject;
    }

    private static final Pattern SUBJECT_HEADER = CaseFold.compile("(?iu)^(?:onderwerp|titel|agendapunt\\s+en\\s+onderwerp)$");

    private static boolean isHeader(List<String> cells, int outcomeColumn) {
        return outcomeColumn < cells.size() && OUTCOME_HEADER.matcher(cells.get(outcomeColumn)).matches();
    }

    // ---- paragraph form ----

    /** The paragraph-form decisions; the ids of the votes on motions and amendments among them go to {@code voteIds}. */
    static List<Decision> fromParagraphs(DocumentView view, IdSequence ids, Set<String> voteIds) {
        return fromParagraphs(view, ids, voteIds, false);
    }

    /**
     * @param labelledOnly only "Besluit:" paragraphs: not the votes nor the unlabelled outcomes a list prints under an
     *                     item, which in a verbatim record may be anyone's words ("Akkoord.")
     */
    static List<Decision> fromParagraphs(DocumentView view, IdSequence ids, Set<String> voteIds, boolean labelledOnly) {
        List<Placed> found = new ArrayList<>();
        Set<AgendaItem> labelled = new HashSet<>();
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE) || view.is(b, BlockType.HEADING)) {
                continue;
            }
            int listEnd = listDecided(view, b, found);
            if (listEnd > b) {
                b = listEnd; // "Zonder stemming worden de volgende voorstellen aangenomen:" and the proposals listed under it
                continue;
            }
            // the votes on motions and amendments the paragraph records, and where the first starts
            List<Decision> votes = new ArrayList<>();
            String blockText = view.text(b);
            int votesFrom = blockText.length();
            for (DocumentView.Sentence sentence : labelledOnly ? List.<DocumentView.Sentence>of() : view.sentences(b)) {
                Decision vote = vote(view, b, sentence.text());
                if (vote != null) {
                    votes.add(vote);
                    votesFrom = Math.min(votesFrom, Math.max(0, blockText.indexOf(sentence.text())));
                }
            }
            if (!votes.isEmpty()) {
                votes.forEach(v -> found.add(new Placed(v, null, true)));
            }
            String before = blockText.substring(0, votesFrom).strip();
            if (tallied(view, b, before, found)) {
                continue;
            }
            // "Amendement A1 …, wordt in stemming gebracht. Besluit: verworpen (8 voor, 21 tegen)": the label follows the
            // paragraph's account of the item, which may name what was put to the vote
            String putToVote = null;
            Matcher mid = LATER_LABEL.matcher(before);
            if (!LABEL.matcher(before).matches() && mid.find()) {
                String[] account = before.substring(0, mid.start()).split("(?<=[.;])\\s+");
                Matcher v = PUT_TO_VOTE.matcher(account[account.length - 1]);
                putToVote = v.matches() ? v.group("subject") : null;
                before = before.substring(mid.end());
            }
            Matcher m = LABEL.matcher(before);
            String said;
            String bare = m.matches() || !votes.isEmpty() || labelledOnly ? null : bareOutcome(view, b);
            if (m.matches()) {
                said = m.group(1).strip();
                labelled.add(view.item(b));
                List<Clauses.Clause> clauses = said.isEmpty() || said.endsWith(":") ? itemClauses(view, b) : List.of();
                if (!clauses.isEmpty()) {
                    // "Besluit: Het college besluit:" and its numbered clauses: one decision per clause
                    AgendaItem item = view.item(b);
                    for (Clauses.Clause c : clauses) {
                        found.add(found.size() - votes.size(), new Placed(decision(view, null, c.text(),
                                item == null ? null : item.number(), null, null, c.page()), null, false));
                    }
                    b = Math.max(b, clauses.get(clauses.size() - 1).block());
                    continue;
                }
                if (said.isEmpty()) {
                    continue; // a label with nothing under it
                }
            } else if (bare != null) {
                said = bare;
            } else {
                continue;
            }
            Optional<Outcomes.Phrase> outcome = Outcomes.startPhrase(said);
            AgendaItem item = view.item(b);
            boolean opensItem = opensItem(view, b);
            String title = putToVote != null ? putToVote : bare != null && !opensItem ? titleLine(view, b)
                    : motionAbove(view, b).orElse(item != null ? item.title() : lineAbove(view, b));
            // "Besluit: Conform" / "Besluit: akkoord met het voorstel" only gives an outcome: the item says what; so
            // does an outcome followed by its tally or by a remark of its own ("aangehouden; het voorstel komt terug …")
            String printedOutcome = outcome.map(o -> printedOutcome(said, o)).orElse(null);
            String afterOutcome = outcome.isPresent() ? said.substring(printedOutcome.length()) : "";
            // ("aangenomen zonder hoofdelijke stemming. De raad stelt een krediet beschikbaar …": the first sentence counts)
            String firstSentence = said.split("(?<=\\.)\\s+(?=\\p{Lu})", 2)[0];
            String afterInFirst = outcome.isPresent() ? firstSentence.substring(Math.min(firstSentence.length(), printedOutcome.length())) : "";
            boolean onlyOutcome = bare != null || outcome.isPresent() && (firstSentence.split("\\s+").length <= outcome.get().text().split(" ").length + 4
                    || TALLY.matcher(afterOutcome).matches() || TALLY.matcher(afterInFirst).matches() || REMARK.matcher(afterOutcome).find()
                    || UNTIL.matcher(afterOutcome).matches() || UNTIL.matcher(afterInFirst).matches());
            // "Besluit: het voorstel is ingetrokken" speaks of the item: the item says what
            String text = (onlyOutcome || THE_ITEM.matcher(said).lookingAt() || aboutItem(said, item)) && title != null ? title : said;
            // "Besluit: De agenda wordt ongewijzigd vastgesteld." states its outcome in the passive's participle
            Optional<Participle> passive = outcome.isPresent() || bare != null ? Optional.empty() : passiveOutcome(said);
            String printed = bare != null ? said
                    : outcome.isPresent() ? printedOutcome : passive.map(Participle::printed).orElse(null);
            Decision d = decision(view, null, text, item == null ? null : item.number(), printed,
                    outcome.map(Outcomes.Phrase::outcome).or(() -> passive.map(Participle::outcome)).orElse(null), view.block(b).page());
            // the item's decision reads before the votes on its motions
            found.add(found.size() - votes.size(), new Placed(d, bare != null && !opensItem ? item : null, false));
        }
        // a bare outcome further down an item counts where no "Besluit:" label speaks for the item
        return new ArrayList<>(found.stream().filter(f -> f.further() == null || !labelled.contains(f.further()))
                .map(f -> {
                    Decision d = f.decision().withId(ids.next());
                    if (f.vote()) {
                        voteIds.add(d.id());
                    }
                    return d;
                }).toList());
    }

    /**
     * A result that introduces the list under it ("Zonder beraadslaging en zonder stemming worden de volgende voorstellen
     * aangenomen:" and "a. Statenvoorstel 2025-04, …;" items): one decision per listed item, with that outcome. Returns the
     * last list block read, or {@code b} when the block introduces no such list.
     */
    private static int listDecided(DocumentView view, int b, List<Placed> found) {
        String text = view.text(b).strip();
        if (!view.is(b, BlockType.PARAGRAPH) || !text.endsWith(":") || b + 1 >= view.blocks.size() || !view.is(b + 1, BlockType.LIST_ITEM)) {
            return b;
        }
        Optional<Participle> outcome = passiveOutcome(text.substring(0, text.length() - 1));
        if (outcome.isEmpty()) {
            return b;
        }
        AgendaItem item = view.item(b);
        int j = b + 1;
        for (; j < view.blocks.size() && view.is(j, BlockType.LIST_ITEM); j++) {
            String listed = MARKER.matcher(view.text(j)).replaceFirst("").replaceFirst("[;.]\\s*$", "").strip();
            found.add(new Placed(decision(view, null, listed, item == null ? null : item.number(), outcome.get().printed(),
                    outcome.get().outcome(), view.block(j).page()), null, false));
        }
        return j - 1;
    }

    /**
     * The outcome as printed at the start of a "Besluit:" text, with a second phrase that says the same
     * ("conform voorstel aangenomen", "conform advies vastgesteld"): what follows is then the tally or a remark.
     */
    private static String printedOutcome(String said, Outcomes.Phrase first) {
        String printed = Outcomes.printed(said, first);
        String rest = said.substring(printed.length());
        String next = rest.stripLeading();
        return Outcomes.startPhrase(next).filter(p -> p.outcome() == first.outcome())
                .map(p -> printed + rest.substring(0, rest.length() - next.length()) + Outcomes.printed(next, p))
                .orElse(printed);
    }

    /**
     * The numbered clauses after "Besluit: Het college besluit:" that belong to its item: they end where the item does,
     * where a number repeats (the next item's "2." after clause "2.") or where the next "Besluit:" is.
     */
    private static List<Clauses.Clause> itemClauses(DocumentView view, int b) {
        List<Clauses.Clause> out = new ArrayList<>();
        Set<String> markers = new HashSet<>();
        for (Clauses.Clause c : Clauses.read(view, b, null, b + 1)) {
            // (an "Actie:" line under the clauses is the item's task, no clause)
            if (view.item(c.block()) != view.item(b) || c.marker() != null && !markers.add(c.marker())
                    || LABEL_INSIDE.matcher(c.text()).find() || ActionTagger.LABEL.matcher(c.text()).lookingAt()) {
                break;
            }
            out.add(c);
        }
        return out;
    }

    /** A sentence recording the result of a vote on a motion or amendment ({@link #VOTED}) as a decision, or null. */
    private static Decision vote(DocumentView view, int b, String sentence) {
        Matcher v = VOTED.matcher(sentence);
        Matcher inside = VOTE_INSIDE.matcher(sentence);
        if (!v.matches() && !(inside.find() && (v = VOTED.matcher(sentence.substring(inside.end()))).matches())) {
            return bareVote(view, b, sentence);
        }
        Optional<Outcomes.Phrase> outcome = Outcomes.startPhrase(v.group("result"));
        if (outcome.isEmpty()) {
            return null;
        }
        AgendaItem item = view.item(b);
        String subject = v.group("subject").strip().replaceFirst("^[-–•]\\s*", "");
        String title = BARE_KIND.matcher(subject).matches() ? titleBefore(view, b, sentence) : null;
        if (title != null) {
            subject = title; // "a. Jaarrekening 2024. Het voorstel wordt zonder stemming aangenomen.": the item's title says which
        } else if (BARE_KIND.matcher(subject).matches() && item != null && item.title() != null) {
            subject = item.title(); // "De motie wordt verworpen …" under "4. Motie … over maaibeleid": the item says which
        } else {
            subject = VoteTagger.numberedOnly(subject, sentence);
        }
        return decision(view, null, subject, item == null ? null : item.number(),
                Outcomes.printed(v.group("result"), outcome.get()),
                outcome.get().outcome(), view.block(b).page());
    }

    /** A result that names nothing ("Verworpen met 5 stemmen voor.") under the line that names what it decides. */
    private static Decision bareVote(DocumentView view, int b, String sentence) {
        Optional<Outcomes.Phrase> outcome = Outcomes.startPhrase(sentence);
        if (outcome.isEmpty() || !EVIDENCE_OF_VOTE.matcher(sentence).find()) {
            return null;
        }
        String named = namedBefore(view, b, sentence, null);
        AgendaItem item = view.item(b);
        return named == null ? null : decision(view, null, named, item == null ? null : item.number(),
                Outcomes.printed(sentence, outcome.get()), outcome.get().outcome(), view.block(b).page());
    }

    /** A bare result that was voted on or withdrawn, not an item's "Conform." or "Vastgesteld.". */
    private static final Pattern EVIDENCE_OF_VOTE = CaseFold.compile("(?iu)\\b(?:stemmen|stemming|ingetrokken|aangehouden)\\b");

    /**
     * The title a list item prints before the sentence that decides it ("a. Verordening marktgelden 2025. Het voorstel
     * wordt …"): a capital, few words, no verb of a clause; null when the block is no list item or opens otherwise.
     */
    static String titleBefore(DocumentView view, int b, String sentence) {
        String text = view.text(b);
        int at = text.indexOf(sentence);
        if (!view.is(b, BlockType.LIST_ITEM) || at <= 0) {
            return null;
        }
        String t = CLAUSE_END.matcher(MARKER.matcher(text.substring(0, at).strip()).replaceFirst("")).replaceFirst("").strip();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && BlockText.words(t) <= TITLE_WORDS
                && !CLAUSE_VERB.matcher(t).find() ? t : null;
    }

    /**
     * What a result that names no particular item decides ("Verworpen met 7 stemmen voor.", "Het amendement wordt
     * verworpen …", "Zonder stemming aangenomen."): the motion, amendment or proposal the sentence before it names
     * ("Motie M6.2 ‘Geen verhoging ozb’ (VVD). Verworpen …"), or the nearest such line above it within its item, past
     * the item's explanation and page furniture but not past another result; a hamerstuk's list item right above.
     * {@code kind} ("motie", "amendement", "voorstel") is what a generic subject names, null for a bare result. Null when
     * nothing above names it.
     */
    static String namedBefore(DocumentView view, int b, String sentence, String kind) {
        List<DocumentView.Sentence> sentences = view.sentences(b);
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.get(i).text().equals(sentence)) {
                // the sentences before it in its paragraph, back to the one that names the item ("Motie M6.1 ‘…’ (CDA). De
                // motie verzoekt het college … Aangenomen met algemene stemmen."), not past another result
                for (int k = i - 1; k >= 0; k--) {
                    String named = namedIn(sentences.get(k).text(), kind);
                    if (named != null || RESULT_WORD.matcher(sentences.get(k).text()).find()) {
                        return named;
                    }
                }
                break;
            }
        }
        AgendaItem item = view.item(b);
        for (int j = b - 1; j >= Math.max(0, b - NAMED_ABOVE); j--) {
            if (view.is(j, BlockType.HEADING) || view.is(j, BlockType.TABLE) || view.item(j) != item) {
                return null;
            }
            String text = view.text(j);
            if (j == b - 1 && view.is(j, BlockType.LIST_ITEM)) {
                String title = CLAUSE_END.matcher(MARKER.matcher(text).replaceFirst("")).replaceFirst("").strip();
                // (not a clause of the item's summary: "2. een krediet van € 40.000 beschikbaar te stellen.")
                return kind == null && BlockText.words(title) <= NAMED_WORDS && !CLAUSE_VERB.matcher(title).find()
                        && !text.endsWith(";") && !text.endsWith(":") && !INFINITIVE_END.matcher(title).find() ? title : namedIn(text, kind);
            }
            List<DocumentView.Sentence> above = view.sentences(j);
            String named = above.isEmpty() ? null : namedIn(above.get(0).text(), kind);
            if (named != null) {
                return named;
            }
            if (RESULT_WORD.matcher(text).find()) {
                return null; // another vote's result: what lies above it is that vote's
            }
        }
        return null;
    }

    /** The motion or amendment a line names with its number and quoted title, or the proposal a short title line is. */
    private static String namedIn(String line, String kind) {
        Matcher quoted = QUOTED_NAME.matcher(line);
        if (quoted.lookingAt() && (kind == null || quoted.group("kind").toLowerCase(Locale.ROOT).endsWith(kind))) {
            return quoted.group("name");
        }
        Matcher m = MOTION_LINE.matcher(line);
        if (m.matches() && (kind == null || m.group("name").toLowerCase(Locale.ROOT).contains(kind))) {
            return m.group("name").strip();
        }
        String t = CLAUSE_END.matcher(line.strip()).replaceFirst("");
        return "voorstel".equals(kind) && PROPOSAL_LINE.matcher(t).lookingAt() && !line.strip().endsWith(".")
                && BlockText.words(t) <= TITLE_WORDS && !CLAUSE_VERB.matcher(t).find() ? t : null;
    }

    /** How many blocks above a result its subject's line may stand (the item's explanation, a quoted clause, furniture). */
    private static final int NAMED_ABOVE = 6;
    /** The most words of a hamerstuk's title. */
    private static final int NAMED_WORDS = 40;
    /** "Amendement A6.1 ‘Zwembad open’ (GL, PvdA), beoogt …": the kind, its number and its quoted title. */
    private static final Pattern QUOTED_NAME = CaseFold.compile(
            "(?iu)(?<name>(?<kind>(?:sub)?(?:motie|amendement))\\s+[^\\s‘’'\"“”]{1,12}\\s+[‘'\"“][^’'\"”]{3,150}[’'\"”])");
    /** A proposal's title line: "Voorstel renovatie zwembad De Plomp, zoals geamendeerd", "Raadsvoorstel …". */
    private static final Pattern PROPOSAL_LINE = CaseFold.compile("(?iu)\\p{L}*voorstel\\b");
    private static final Pattern INFINITIVE_END = CaseFold.compile("(?iu)\\bte\\s+\\p{L}+$");
    /** A result printed in a block: what lies above it belongs to that vote. */
    private static final Pattern RESULT_WORD = CaseFold.compile("(?iu)\\b" + RESULT_PARTICIPLES + "\\b");

    private static final Pattern CLAUSE_VERB = CaseFold.compile(
            "(?iu)\\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|zal|zullen|kan|kunnen|moet|gaat|komt|"
                    + "brengt|stelt|vraagt|zegt|geeft|meldt|deelt|opent|sluit|besluit|stemt|stemmen)\\b");

    /** A vote's subject that names only its kind: "De motie", "het amendement", "Het voorstel". */
    private static final Pattern BARE_KIND = CaseFold.compile("(?iu)(?:de|het|dit|deze)\\s+(?:motie|amendement|subamendement|\\p{L}*voorstel)");

    /** A decision read from a paragraph; {@code further}: the item of a bare outcome below the item's first block. */
    private record Placed(Decision decision, AgendaItem further, boolean vote) {}

    /**
     * "Stemming: aangenomen met 17 stemmen voor en 4 tegen" under an item whose "Besluit:" stated the decision without
     * an outcome: the vote's outcome is that decision's. True when the paragraph was such a result.
     */
    private static boolean tallied(DocumentView view, int b, String text, List<Placed> found) {
        Matcher v = VOTE_FIELD.matcher(text);
        Optional<Outcomes.Phrase> outcome = v.matches() ? Outcomes.startPhrase(v.group(1)) : Optional.empty();
        if (outcome.isEmpty() || view.item(b) == null) {
            return false;
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            Placed p = found.get(i);
            Decision d = p.decision();
            if (!p.vote() && d.outcome() == null && Objects.equals(d.agendaItem(), view.item(b).number())) {
                String printed = Outcomes.printed(v.group(1), outcome.get());
                found.set(i, new Placed(new Decision(d.id(), d.text(), d.agendaItem(), d.agendaTitle(), d.body(), d.date(),
                        d.proposal(), outcome.get().outcome(), d.page(), printed), p.further(), false));
                return true;
            }
        }
        return false;
    }

    /**
     * The outcome an agenda item's paragraph opens with, unlabelled, or null. Right under the item's heading a short
     * paragraph is the outcome ("Aangehouden tot de volgende vergadering.", "Conform advies."); further down, after
     * the item's summary, the paragraph opens with the outcome sentence and may go on with what follows from it
     * ("Aangenomen. De minister zal de brief aan de Kamer sturen.").
     */
    private static String bareOutcome(DocumentView view, int b) {
        if (view.item(b) == null || view.sentences(b).isEmpty()) {
            return null;
        }
        String whole = view.text(b);
        if (opensItem(view, b) && whole.split("\\s+").length <= BARE_OUTCOME_WORDS && Outcomes.startPhrase(whole).isPresent()) {
            return whole;
        }
        String first = view.sentences(b).get(0).text();
        return first.split("\\s+").length <= BARE_OUTCOME_WORDS && Outcomes.startPhrase(first).isPresent() ? first : null;
    }

    /** The block right under the heading of its own agenda item. */
    static boolean opensItem(DocumentView view, int b) {
        AgendaItem item = view.item(b);
        int h = view.headingBefore(b);
        return item != null && h >= 0 && h == b - 1 && view.item(h) == item;
    }

    /**
     * What an outcome further down an item decides on: the nearest title line above it within the item (its heading,
     * or a numbered or lettered line: "a. Wijziging van het Besluit …", "1b. Notulen van …"), without its marker.
     */
    private static String titleLine(DocumentView view, int b) {
        AgendaItem item = view.item(b);
        for (int i = b - 1; i >= 0 && view.item(i) == item; i--) {
            Matcher marker = MARKER.matcher(view.text(i));
            // a numbered clause of the item's summary ("1. Op grond van … vaststellen;") is no title
            if (view.is(i, BlockType.HEADING) || marker.find() && !CLAUSE_END.matcher(view.text(i)).find()) {
                return marker.find(0) ? view.text(i).substring(marker.end()).strip() : view.text(i);
            }
        }
        return item.title();
    }

    /**
     * The subject of a "Besluit:" paragraph in a list without agenda items: the short title line right above it, its
     * document number left out ("PS2026-041 Uitvoeringsprogramma Fiets" → "Uitvoeringsprogramma Fiets"), else the heading.
     */
    /** A motion or amendment named on its own line, its submitters after it: "Motie M3 Behoud pinautomaat (CDA, VVD)." */
    private static final Pattern MOTION_LINE = CaseFold.compile(
            "(?iu)^(?<name>(?:sub)?(?:motie|amendement)\\s+(?-i:[A-Z]{0,3})\\s?\\d{1,3}[a-z]?(?:\\.\\d{1,2})?\\b[^.;:()]{3,120}?)\\s*(?:\\([^()]{0,200}\\))?\\s*\\.?$");

    /** The motion the line right above a "Besluit:" names: what that outcome decides, rather than its item. */
    private static Optional<String> motionAbove(DocumentView view, int b) {
        if (b == 0 || !view.is(b - 1, BlockType.PARAGRAPH)) {
            return Optional.empty();
        }
        Matcher m = MOTION_LINE.matcher(view.text(b - 1));
        return m.matches() ? Optional.of(m.group("name").strip()) : Optional.empty();
    }

    private static String lineAbove(DocumentView view, int b) {
        if (b > 0 && view.is(b - 1, BlockType.PARAGRAPH)) {
            String line = view.text(b - 1);
            if (BlockText.words(line) <= TITLE_WORDS && !CLAUSE_END.matcher(line).find() && !LABEL.matcher(line).matches()) {
                return DOCUMENT_NUMBER.matcher(line).replaceFirst("");
            }
        }
        return headingText(view, b);
    }

    private static String headingText(DocumentView view, int block) {
        int h = view.headingBefore(block);
        return h < 0 ? null : view.text(h);
    }

    /** A decision of this list; {@code ids} null leaves the id to be given once the order is known. */
    static Decision decision(DocumentView view, IdSequence ids, String text, String item, String outcomeText,
                                     Outcome outcome, int page) {
        return new Decision(ids == null ? null : ids.next(), text, item, null, body(view), view.date(), null, outcome, page, outcomeText);
    }

    private static String body(DocumentView view) {
        return view.doc.metadata() == null ? null : view.doc.metadata().body();
    }
}
