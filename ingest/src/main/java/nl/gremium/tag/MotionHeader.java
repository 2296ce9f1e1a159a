package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.text.CaseFold;
import nl.gremium.text.PageFurniture;

/**
 * What a motion or amendment says about itself: its item code, title line, submitters and their parties. The
 * code stands in a field ("Stuknummer: M12", "Motie nr. 7"), as a bare code line ("K.2 VVD", wherever the
 * parser put the page's top corner) or, for the Tweede Kamer, as dossier and number ("32 545" … "Nr. 143").
 */
record MotionHeader(String number, String title, int titleBlock, List<String> submitters, List<String> parties) {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TITLE = CaseFold.compile(
            "^(?:nr\\.?\\s*\\d+\\s+)?(?:gewijzigde?\\s+|sub)?(?:motie|amendement)\\b(?!\\s+(?:is|wordt|werd)\\b)", I);
    /** The label of a motion's subject, in a paragraph ("Onderwerp: …") or in a header grid's first cell. */
    private static final String TITLE_WORD = "(?:titel|onderwerp)";
    private static final Pattern TITLE_FIELD = CaseFold.compile("^" + TITLE_WORD + "\\s*:\\s*(\\S.*)$", I);
    private static final Pattern NUMBER_FIELD = CaseFold.compile(
            "\\b(?:stuknummer|motienummer|amendementnummer|volgnummer|(?:motie|amendement)\\s+nr\\.?|nummer)\\s*:?\\s*"
                    + "(?<n>[\\p{L}\\d][\\p{L}\\d.\\-/]{0,12}(?:\\s+[\\p{Lu}][\\p{L}.\\-/]{1,12})?)", I);
    /**
     * A bare item code: "I.7 HvDH", "L.A CU.SGP", "M12", "A3"; a registration number after it, even printed against the
     * party ("X.1 CDA322948"), is not part of it.
     */
    private static final Pattern CODE = CaseFold.compile(
            "^(?<n>\\p{Lu}{1,2}\\.(?:\\d{1,3}[a-z]?|\\p{Lu}{1,2})(?:\\s+\\p{Lu}[\\p{L}\\d.\\-/]{0,12}?)?|[MA]\\s?\\d{1,3}[a-z]?)"
                    + "(?:\\s*\\d{4,}.*|\\s+(?:https?:|\\p{Ll}).*)?$");
    private static final Pattern TK_NUMBER = CaseFold.compile("^nr\\.?\\s*(\\d{1,4})\\b", I);
    private static final Pattern TK_DOSSIER = CaseFold.compile("^(\\d{2}\\s?\\d{3}(?:-[IVXLC]+)?)\\s+\\p{L}");
    private static final String SUBMITTER_LABEL = "^(?:indiener(?:s|\\(s\\))?|ingediend\\s+door|voorsteller(?:s)?)\\s*";
    /** The field with its value; the value is never the label's own colon. */
    private static final Pattern SUBMITTER = CaseFold.compile(SUBMITTER_LABEL + "(?::\\s*)?([^\\s:].*)$", I);
    /** The label alone on its line ("Ingediend door:"): the value is the next line. */
    private static final Pattern SUBMITTER_ALONE = CaseFold.compile(SUBMITTER_LABEL + ":?$", I);
    private static final int SUBMITTER_LINE_WORDS = 12;
    private static final Pattern MEMBERS = CaseFold.compile("\\b(?:motie|amendement)\\s+van\\s+(?:het\\s+lid|de\\s+leden)\\s+(.+)$", I);
    /** The dated line a parliamentary motion or amendment prints under its title, glued on: "… Voorgesteld 5 maart 2026". */
    private static final Pattern DATED = CaseFold.compile("\\s+(?:voorgesteld|ingediend|ontvangen)\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}.*$", I);
    private static final Pattern GLUED_FIELD = CaseFold.compile("(?:indiener(?:s|\\(s\\))?|ingediend\\s+door)\\s*:", I);
    private static final Pattern SPLIT = CaseFold.compile("\\s*(?:[,;]|\\s(?:en|EN)\\s)\\s*");
    /** A title line that only names the kind, or the kind and number: "Motie", "Motie vreemd aan de orde van de dag", "Motie nr. M2026-04". */
    private static final Pattern BARE_KIND = CaseFold.compile(
            "^(?:motie|amendement)(?:\\s+(?:nr\\.?\\s*)?(?=[\\p{L}.\\-/]*\\d)[\\p{L}\\d.\\-/]{1,12})?"
                    + "(?:\\s+vreemd\\s+aan\\s+de\\s+orde(?:\\s+van\\s+de\\s+dag)?)?\\s*[.:]?$", I);
    /**
     * A running line naming the motion by its number and the council only ("Motie M25-31 – Provinciale Staten van X"): the
     * title is printed further on.
     */
    private static final Pattern NUMBER_AND_BODY = CaseFold.compile(
            "^(?:motie|amendement)\\s+(?:nr\\.?\\s*)?(?=[\\p{L}.\\-/]*\\d)[\\p{L}\\d.\\-/]{1,12}\\s+[-–—|·]\\s+"
                    + "(?:provinciale\\s+staten|(?:de\\s+)?gemeenteraad|de\\s+raad|(?:het\\s+)?algemeen\\s+bestuur|tweede\\s+kamer)"
                    + "(?:\\s+(?:van|der)\\s+[\\p{L}’' -]{1,40})?$", I);
    /** Pieces of the kind's name a heading broke over lines: "MOTIE VREEMD AAN DE", "ORDE VAN DE DAG". */
    private static final Pattern KIND_PIECE = CaseFold.compile("^(?:motie|amendement|vreemd|orde)\\b[\\p{L}\\s]{0,40}$", I);
    /** A page count on a line: a running header or footer ("Motie M8 - Provinciale Staten 1/2"), also with text glued on. */
    private static final Pattern PAGE_COUNT = CaseFold.compile("\\s\\d{1,2}\\s?/\\s?\\d{1,2}(?:\\s|$)|\\b(?:pagina|blad)\\s+\\d", I);
    private static final Pattern OPENING = CaseFold.compile("\\bvergadering\\s+bijeen\\b", I);
    private static final int TITLE_WORDS = 20;
    private static final Pattern PAREN = CaseFold.compile("\\(([^)]+)\\)");

    static MotionHeader of(DocumentView view) {
        String title = null;
        int titleBlock = -1;
        String field = null;
        String number = null;
        String code = null;
        String tkNumber = null;
        String tkDossier = null;
        List<String> submitters = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        // a line naming the motion after the council's opening is a running header or footer, whatever OCR made of its page count
        int opening = opening(view);
        for (int b = 0; b < view.blocks.size(); b++) {
            if (field == null && view.is(b, BlockType.TABLE) && view.block(b).table() != null) {
                field = subjectRow(view.block(b).table()); // a header grid: "Onderwerp | Behoud bibliotheek Kerkbuurt"
            }
            if (view.is(b, BlockType.TABLE) || view.is(b, BlockType.LIST_ITEM)) {
                continue;
            }
            String t = view.text(b);
            int words = t.split("\\s+").length;
            // a running header naming the motion with its page count ("Motie M 12 – blad 1 van 2") is not its title line
            if (title == null && (opening < 0 || b < opening) && words <= 30 && !PageFurniture.is(t) && !PAGE_COUNT.matcher(t).find()
                    && TITLE.matcher(t).find() && !NUMBER_AND_BODY.matcher(t).matches()) {
                // a field the parser glued to the title line ("… kinderenIndiener: A. Jansen") is not part of it
                Matcher glued = GLUED_FIELD.matcher(t);
                title = glued.find() && glued.start() > 0 ? t.substring(0, glued.start()).trim() : t;
                title = DATED.matcher(title).replaceFirst("");
                titleBlock = b;
                // "Motie vreemd aan de orde van de dag" names the kind; the title is the heading printed above or under it
                int named = BARE_KIND.matcher(title).matches() ? quotedBelow(view, b) : -1;
                if (named >= 0) {
                    // "Motie nr. M7-3" over "Motie ‘Bus blijft rijden’": the number and the quoted name
                    Matcher q = QUOTED_TITLE.matcher(view.text(named));
                    title = (q.find() ? title.replaceAll("[.:\\s]+$", "") + " " + q.group("q") : view.text(named));
                    titleBlock = named;
                } else if (BARE_KIND.matcher(title).matches()) {
                    int h = titleNear(view, b);
                    if (h >= 0) {
                        title = view.text(h);
                        titleBlock = h;
                    }
                }
                if (glued.find(0) && glued.start() > 0) {
                    Matcher s0 = SUBMITTER.matcher(t.substring(glued.start()));
                    if (s0.find()) {
                        submitters(s0.group(1), submitters, parties);
                    }
                }
                Matcher mm = MEMBERS.matcher(t);
                if (mm.find()) {
                    for (String s : SPLIT.split(DATED.matcher(mm.group(1)).replaceFirst(""))) {
                        if (!s.isBlank()) {
                            submitters.add(s.trim());
                        }
                    }
                }
            }
            Matcher tf = TITLE_FIELD.matcher(t);
            if (field == null && tf.find() && words <= 30) {
                field = tf.group(1);
                if (titleBlock < 0) {
                    titleBlock = b;
                }
            }
            Matcher nf = NUMBER_FIELD.matcher(t);
            if (number == null && words <= 8 && nf.find() && !nf.group("n").matches("(?i)uitslag.*|ris.*|klik.*")) {
                number = nf.group("n").trim();
            }
            Matcher c = CODE.matcher(t);
            if (code == null && words <= 6 && c.find()) {
                code = c.group("n").trim();
            }
            Matcher tn = TK_NUMBER.matcher(t);
            if (tkNumber == null && tn.find() && TITLE.matcher(t.substring(tn.end()).trim()).find()) {
                tkNumber = tn.group(1);
            }
            Matcher td = TK_DOSSIER.matcher(t);
            if (tkDossier == null && b < 8 && td.find()) {
                tkDossier = td.group(1);
            }
            Matcher s = SUBMITTER.matcher(t);
            if (s.find() && words <= 40) {
                submitters(s.group(1), submitters, parties);
            } else if (SUBMITTER_ALONE.matcher(t).find() && b + 1 < view.blocks.size() && !view.is(b + 1, BlockType.TABLE)
                    && view.text(b + 1).split("\\s+").length <= SUBMITTER_LINE_WORDS) {
                submitters(view.text(b + 1), submitters, parties);
            }
        }
        if (number == null) {
            number = code != null ? code : tkNumber != null ? (tkDossier != null ? tkDossier + ", nr. " : "nr. ") + tkNumber : null;
        }
        if (title == null) {
            title = field;
        } else if (field != null && BARE_KIND.matcher(title).matches()) {
            title = title + " " + field; // "AMENDEMENT A3" over its grid's subject: both name it
        }
        if (title == null) {
            // no line names the kind: the title is the line printed right above the council's opening
            if (opening > 0 && titleLike(view, opening - 1)) {
                title = view.text(opening - 1);
                titleBlock = opening - 1;
            }
        }
        for (String p : signatureParties(view, titleBlock)) {
            PartyNames.add(parties, p);
        }
        return new MotionHeader(number, title, titleBlock, submitters, parties);
    }

    /**
     * The title printed by a line that names only the kind: the heading above it, else the first title line below it past
     * the pieces of a kind's name broken over lines ("MOTIE VREEMD AAN DE" / "ORDE VAN DE DAG"); -1 when there is none.
     */
    private static int titleNear(DocumentView view, int b) {
        if (b > 0 && view.is(b - 1, BlockType.HEADING) && !PageFurniture.is(view.text(b - 1))) {
            return b - 1;
        }
        for (int h = b + 1; h < Math.min(view.blocks.size(), b + 4); h++) {
            String t = view.text(h);
            if (view.is(h, BlockType.TABLE) || t.isEmpty() || PageFurniture.is(t) || KIND_PIECE.matcher(t).matches()) {
                continue;
            }
            return titleLike(view, h) && !BARE_KIND.matcher(t).matches() && !OPENING.matcher(t).find() ? h : -1;
        }
        return -1;
    }

    /**
     * A line within the next few that names the motion by its quoted title ("Motie ‘Bus blijft rijden in de kleine kernen’"),
     * past an agenda item's heading and the meeting's date; -1 when there is none.
     */
    private static int quotedBelow(DocumentView view, int b) {
        for (int h = b + 1; h < Math.min(view.blocks.size(), b + QUOTED_WITHIN); h++) {
            if (QUOTED_TITLE.matcher(view.text(h)).find()) {
                return h;
            }
            if (OPENING.matcher(view.text(h)).find()) {
                return -1;
            }
        }
        return -1;
    }

    private static final int QUOTED_WITHIN = 5;
    private static final Pattern QUOTED_TITLE = CaseFold.compile(
            "^(?:motie|amendement)\\b[^‘'\"“]{0,20}(?<q>[‘'\"“][^’'\"”]{3,150}[’'\"”])\\s*$", I);

    /** The subject a header grid's row gives ("Onderwerp | …", "Titel | …"), or null. */
    private static String subjectRow(Table t) {
        for (List<Cell> row : t.rows()) {
            if (row.size() >= 2 && TITLE_LABEL.matcher(DocumentView.normalise(row.get(0).text())).matches()
                    && !row.get(1).text().isBlank()) {
                return DocumentView.normalise(row.get(1).text());
            }
        }
        return null;
    }

    private static final Pattern TITLE_LABEL = CaseFold.compile("(?i)^" + TITLE_WORD + "\\s*:?$");

    /** A short line without a sentence's or field's ending: a title. */
    private static boolean titleLike(DocumentView view, int b) {
        String t = view.text(b);
        return !view.is(b, BlockType.TABLE) && !view.is(b, BlockType.LIST_ITEM) && !t.isEmpty() && t.split("\\s+").length <= TITLE_WORDS
                && !t.matches(".*[.;:,]$") && !t.contains(":") && !PageFurniture.is(t) && !PAGE_COUNT.matcher(t).find();
    }

    /** The block of the council's opening ("Provinciale Staten van X, in vergadering bijeen op …"), or -1. */
    private static int opening(DocumentView view) {
        for (int b = 0; b < view.blocks.size(); b++) {
            if (!view.is(b, BlockType.TABLE) && OPENING.matcher(view.text(b)).find()) {
                return b;
            }
        }
        return -1;
    }

    /** "A. Jansen (VVD), B. de Vries (CDA)" or "A. Jansen, Leefbaar Vechtland": names and parties. */
    private static void submitters(String line, List<String> submitters, List<String> parties) {
        Matcher p = PAREN.matcher(line);
        while (p.find()) {
            PartyNames.add(parties, p.group(1).trim());
        }
        String names = PAREN.matcher(line).replaceAll("");
        String[] parts = SPLIT.split(names);
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i].trim();
            if (s.isEmpty()) {
                continue;
            }
            List<String> found = PartyNames.in(s);
            if (found.size() == 1 && s.startsWith(found.get(0)) && nameLike(s.substring(found.get(0).length()).trim())
                    && !s.substring(found.get(0).length()).isBlank()) {
                // one name per line ("P. Dijkstra, ChristenUnie" / "L. Meijer, GroenLinks") joined into one text:
                // the party that ends a line and the name that opens the next
                PartyNames.add(parties, found.get(0));
                submitters.add(s.substring(found.get(0).length()).trim());
                continue;
            }
            boolean party = !found.isEmpty() || i > 0 && parts.length == 2 && !nameLike(s);
            if (party) {
                PartyNames.add(parties, s);
            } else {
                submitters.add(s);
            }
        }
    }

    /** A person's name: capitalised words with Dutch name particles only ("Inge van Dijk", "J. de Vries"). */
    static boolean nameLike(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
                    && !w.matches("van|de|der|den|ter|ten|te|het|in|op|'t|’t|la|le|du|da|di|von|zu|el|al|bin")) {
                return false;
            }
        }
        return !s.isBlank();
    }

    /** Known party names on the short signature lines after the motion's text. */
    private static List<String> signatureParties(DocumentView view, int titleBlock) {
        List<String> out = new ArrayList<>();
        for (int b = Math.max(0, titleBlock + 1); b < view.blocks.size(); b++) {
            String t = view.text(b);
            String rest = t;
            for (String p : PartyNames.in(t)) {
                rest = rest.replace(p, " ");
            }
            // a signature line: names and parties only, no sentence, no reference
            if (t.split("\\s+").length <= 10 && !t.matches(".*[.;:,]\\s*$") && !rest.matches(".*[\\d(!?].*")
                    && !view.is(b, BlockType.LIST_ITEM) && !TITLE.matcher(t).find()) {
                for (String p : PartyNames.in(t)) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }
}
