package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.text.CaseFold;
import nl.gremium.text.Folding;

/**
 * The inventory of a Woo/Wob decision: a table listing the documents found, each with its assessment
 * ("Deels openbaar", "Niet openbaar", "Geweigerd"). A line that discloses part of a document is a decision of its own,
 * as the labelling conventions count them: what to black out is decided per document; a line that discloses it whole
 * or withholds it whole applies the letter's main decision or its refusal on that ground.
 */
final class WooInventory {
    /** One withholding line: the document as printed and its assessment as printed. */
    record Row(String document, String status) {}

    private static final Pattern STATUS = CaseFold.compile(
            "^(?:(?:deels|gedeeltelijk|geheel|volledig|reeds|niet)\\s*)?(?:openbaar(?:\\s+gemaakt)?|geweigerd|weigeren|verstrekt)"
                    + "(?:\\s+met\\s+uitzondering.*)?[\\s.\\-–—]*$|^weigering$|^(?:deels|gedeeltelijk)$");
    // (a scan's text may glue the two words, "Deelsopenbaar", or keep a stray dash of the ruling: "Deels openbaar -")
    private static final Pattern WITHHOLDS = CaseFold.compile("^(?:deels|gedeeltelijk)(?:\\b|(?=openbaar))|uitzondering");
    /** Columns that hold no document description: number, legal ground, date, status. */
    private static final Pattern OTHER_COLUMN = CaseFold.compile(
            "^(?:nr\\.?|nummer|#|id|kenmerk|datum|date|wob|woo|grond(?:en)?|weigeringsgrond(?:en)?|uitzonderingsgrond(?:en)?"
                    + "|artikel|art\\.?|beoordeling|besluit|status|oordeel|openbaarmaking|opmerking(?:en)?|toelichting)\\b.*");
    private static final Pattern DOCUMENT_COLUMN = CaseFold.compile(
            "^(?:document(?:naam)?|omschrijving|titel|naam|onderwerp|stuk|beschrijving)\\b.*");

    /**
     * An inventory line the parser did not see as a table: "3. Verslag overleg 12 mei  Deels openbaar  5.1.2.e".
     * The description must not end on a verb ("… zijn deels openbaar" is a sentence, not a line).
     */
    private static final Pattern LINE = CaseFold.compile(
            "^(?:\\d{1,4}[.)]?\\s+)?(?<doc>\\S.{2,200}?)\\s+(?<status>(?:deels|gedeeltelijk)\\s+openbaar)"
                    + "(?<rest>(?:\\s*(?:art(?:ikel)?\\.?|lid|sub|onder|en|woo|wob|[a-z]|\\d+(?:\\.\\d+)*[a-z]?)\\b|[\\s.,/:;()-])*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENDS_ON_VERB = CaseFold.compile(
            "(?i).*\\b(?:is|zijn|wordt|worden|werd|werden|blijft|blijven|maak|maken|ik|wij|we|niet)$");

    /**
     * A description that speaks in the sender's voice or runs over a sentence's end is the letter's prose, whose last
     * sentence only ends like a line: "… Dat vind ik niet wenselijk. Daarom maak ik deze persoonsgegevens niet openbaar."
     */
    private static final Pattern SENTENCES = Pattern.compile("(?i:\\b(?:ik|wij|we)\\b)|[.!?]\\s+\\p{Lu}");

    private WooInventory() {}

    /** The inventory line this text is, or null. */
    static Row line(String text) {
        var m = LINE.matcher(text);
        if (!m.matches() || ENDS_ON_VERB.matcher(m.group("doc")).matches() || SENTENCES.matcher(m.group("doc")).find()) {
            return null;
        }
        return new Row(m.group("doc").trim(), m.group("status"));
    }

    static List<Row> rows(Table t) {
        if (t == null) {
            return List.of();
        }
        List<List<Cell>> body = t.body();
        int statusCol = statusColumn(body);
        if (statusCol < 0) {
            return List.of();
        }
        int docCol = documentColumn(t, statusCol);
        if (docCol < 0) {
            docCol = namedColumn(body, statusCol);
        }
        List<Row> out = new ArrayList<>();
        for (List<Cell> row : body) {
            String status = statusCol < row.size() ? status(text(row.get(statusCol))) : "";
            String fold = Folding.fold(status);
            if (!STATUS.matcher(fold).matches() || !WITHHOLDS.matcher(fold).find()) {
                continue;
            }
            String doc = docCol >= 0 && docCol < row.size() && letters(text(row.get(docCol))) >= SUBJECT_LETTERS
                    ? text(row.get(docCol)) : longestText(row, statusCol);
            if (!doc.isEmpty()) {
                out.add(new Row(doc, status));
            }
        }
        return out;
    }

    /** The column where most filled cells read as an assessment; none when fewer than half of the rows do. */
    private static int statusColumn(List<List<Cell>> body) {
        return columnWhereMost(body, -1, s -> STATUS.matcher(Folding.fold(status(s))).matches());
    }

    /**
     * The assessment in a cell an unruled table's reader ran together with its neighbours' (date and grounds):
     * "14-04-2023 Deels openbaar 5.1.1.c, 5.1.2.e" → "Deels openbaar".
     */
    static String status(String cell) {
        return TRAILING_GROUNDS.matcher(LEADING_DATE.matcher(cell).replaceFirst("")).replaceFirst("");
    }

    private static final Pattern LEADING_DATE = CaseFold.compile("^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\s+(?=\\p{L})");
    private static final Pattern TRAILING_GROUNDS = CaseFold.compile(
            "(?<=\\p{L})(?:\\s+(?:art(?:ikel)?\\.?\\s*)?\\d++(?:\\.\\d++)*+(?:\\.?[a-z])?(?:\\s*(?:lid\\s+\\d+|sub\\s+[a-z]))*[,;]?)+$");

    /** The column (not {@code skip}) where most rows' cells pass {@code test}, when at least half of the rows do; else -1. */
    private static int columnWhereMost(List<List<Cell>> body, int skip, Predicate<String> test) {
        int cols = body.stream().mapToInt(List::size).max().orElse(0);
        int best = -1;
        int bestCount = 0;
        for (int c = 0; c < cols; c++) {
            int count = 0;
            for (List<Cell> row : body) {
                count += c != skip && c < row.size() && test.test(text(row.get(c))) ? 1 : 0;
            }
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return bestCount > 0 && bestCount * 2 >= body.size() ? best : -1;
    }

    /**
     * The column headed as the document's description, else -1 (the longest other text per row is used). Where two
     * headers qualify ("Document | Titel", the first holding the document's number), the one with the most letters wins.
     */
    private static int documentColumn(Table t, int statusCol) {
        int best = -1;
        int bestLetters = 0;
        for (List<Cell> header : t.header()) {
            for (int c = 0; c < header.size(); c++) {
                String h = Folding.fold(text(header.get(c)));
                if (c != statusCol && DOCUMENT_COLUMN.matcher(h).matches() && !OTHER_COLUMN.matcher(h).matches()) {
                    int letters = 0;
                    for (List<Cell> row : t.body()) {
                        letters += c < row.size() ? letters(text(row.get(c))) : 0;
                    }
                    if (letters > bestLetters) {
                        best = c;
                        bestLetters = letters;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Without a header: the column where most rows name a kind of document with its subject ("RE: planning", "Verslag
     * overleg …"), when at least half of them do; else -1. A row's list of senders may be longer than its subject, so
     * the column decides, not each row's longest cell.
     */
    private static int namedColumn(List<List<Cell>> body, int statusCol) {
        return columnWhereMost(body, statusCol, WooInventory::namesKind);
    }

    /** The kind with a subject ("E-mail RE: planning"), not a column of kinds alone ("E-mail", "Bijlage"). */
    private static boolean namesKind(String s) {
        return DOCUMENT_KIND.matcher(s).find() && letters(DOCUMENT_KIND.matcher(s).replaceAll(" ")) >= SUBJECT_LETTERS;
    }

    /** A cell that only cites legal grounds ("5.1 lid 2 sub i en 5.2", "art. 10.2.e") describes no document. */
    private static final Pattern GROUNDS_ONLY = CaseFold.compile(
            // possessive: a long description that fails at its end is given up at once, not split every way
            "^(?:\\s|[.,;:/()-]|\\d++(?:\\.\\d++)*+[a-z]?\\b|\\b(?:art(?:ikel)?|lid|sub|onder|en|of|woo|wob|aanhef|[a-z])\\b)*+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The row's description without a header to say which column holds it: the cell that names a kind of document
     * ("E-mail RE: …", "Bijlage …", "Verslag …"), else the longest; a list of senders and addressees ("Ministerie van X,
     * WUR, …") is often longer than the subject.
     */
    private static String longestText(List<Cell> row, int statusCol) {
        String best = "";
        String named = "";
        for (int c = 0; c < row.size(); c++) {
            String s = text(row.get(c));
            if (c == statusCol || GROUNDS_ONLY.matcher(s).matches()) {
                continue;
            }
            if (letters(s) > letters(best)) {
                best = s;
            }
            if (namesKind(s) && letters(s) > letters(named)) {
                named = s;
            }
        }
        return named.isEmpty() ? best : named;
    }

    private static final int SUBJECT_LETTERS = 6;
    /** Words that name a kind of document, or an e-mail's subject prefix. */
    private static final Pattern DOCUMENT_KIND = CaseFold.compile("\\b(?:e-?mail|mail|bijlage|brief|notitie|memo|nota|verslag|"
            + "rapport|presentatie|notulen|agenda|offerte|overeenkomst|sms|whatsapp|app-?bericht)\\b|\\b(?:re|fw|fwd|aw|wg):", Pattern.CASE_INSENSITIVE);

    private static int letters(String s) {
        return s.replaceAll("[^\\p{L}]", "").length();
    }

    private static String text(Cell c) {
        return c == null || c.text() == null ? "" : DocumentView.normalise(c.text());
    }
}
