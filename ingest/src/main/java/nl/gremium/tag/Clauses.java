package nl.gremium.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Table;
import nl.gremium.text.CaseFold;
import nl.gremium.text.WebAddress;

/**
 * Reads the clauses that follow a dictum ("besluit:") or a motion's request ("verzoekt het college:"): one
 * clause per marked item ("I.", "a.", "1", "•"), wherever the parser put the marker (a list item, the start of
 * a paragraph, or inside a paragraph after the previous clause's stop), one per table row, and one per
 * sentence-like paragraph after a finished clause. A paragraph that continues an unfinished clause (a line the
 * parser broke off) is joined to it. Running headers, page numbers and links are skipped; the reading stops
 * at what ends a dictum: an explanation, an adoption stamp, a signature, the next part of a motion.
 */
final class Clauses {
    /** One clause: its text without its marker, the marker as printed (or null), where it starts. */
    record Clause(String text, String marker, int block, int page) {}

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX = 40;
    private static final String ROMAN = "(?:X{0,3})(?:IX|IV|V?I{0,3})";
    /**
     * A clause marker at the start of a text: bullets, then roman numerals, numbers or letters; a day before its month is
     * a date ("… d.d." / "20 december 2018;" wrapped), no clause number.
     */
    private static final Pattern MARKER = CaseFold.compile(
            "^(?:[•▪●◦○\\-–−*·o]\\s+)?(?:(?<m>(?!\\s)" + ROMAN + "[.)]|\\d{1,2}(?:\\.\\d{1,2})?[.)]?(?!\\s+(?:januari|februari|maart|april"
                    + "|mei|juni|juli|augustus|september|oktober|november|december)\\b)|[a-z][.)])\\s+)?");
    private static final Pattern ONLY_MARKER = CaseFold.compile("(?i)(?:" + ROMAN + "|\\d{1,2}|[a-z])[.)]");
    private static final Pattern BULLET = CaseFold.compile("^[•▪●◦○\\-–−*·o]\\s+");
    /**
     * A marker inside a paragraph, right after the previous clause ended ("… in 2028. VIII. De …"); not after a
     * reference to a numbered part ("Dictum I. d. als volgt te wijzigen:" names part d of clause I).
     */
    private static final Pattern INLINE = CaseFold.compile(
            "(?<=[.;:])(?<!\\b(?i:dictum|dictumpunt|beslispunt|onderdeel|artikel|lid)\\s{1,3}(?:[IVX]{1,4}|\\d{1,3}[a-z]?)\\.)"
                    + "\\s+(?=(?:[IVX]{1,4}|\\d{1,2}|[a-z])[.)]\\s+\\S)");
    /** What ends the dictum or the request. */
    private static final Pattern STOP = CaseFold.compile(
            // an amended proposal marks its stamp with an asterisk ("*Aldus geamendeerd besloten in …")
            "^\\*?\\s*(?:toelichting\\b|aldus\\b|en\\s+gaat\\s+over|gaat\\s+over\\s+tot|"
                    + "(?:de\\s+)?(?:griffier|voorzitter|burgemeester|secretaris)(?:\\s*,|$)|"
                    + "validsigned|getekend|w\\.g\\.|ondertekening|namens\\b|ingediend\\s+door|indieners?\\s*:|"
                    + "(?:en\\s+)?(?:constaterende|overwegende|van\\s+mening|verzoekt|verzoeken|roept|roepen|draagt|dragen|"
                    + "spreekt|spreken|is\\s+van\\s+mening)\\b|(?:aldus\\s+)?(?:vastgesteld|besloten)\\s+in\\b)", I);
    /** Section headings of a proposal after its dictum; only as short lines, since a clause may start so. */
    private static final Pattern SECTION = CaseFold.compile(
            "^(?:argumenten|inleiding|aanleiding|kanttekeningen|uitvoering|financi\\S*|communicatie|bijlagen?|"
                    + "beoogd\\s+effect|overwegingen|motivering|samenvatting|toelichting)\\b", I);
    private static final Pattern FURNITURE = CaseFold.compile(
            "^(?:pagina\\s+\\d+(?:\\s+van\\s+\\d+)?|\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|" + WebAddress.REGEX + "|"
                    + "blad\\s+\\d+.*|-\\s*\\d+\\s*-)$", I);
    /** The grounds printed under a clause belong to it ("Motivering: …"). */
    private static final Pattern GROUNDS = CaseFold.compile("^(?:motivering|onderbouwing|argumentatie|toelichting)\\s*:", I);
    /** The articles of a regulation the dictum adopts are its annex, not clauses. */
    private static final Pattern ARTICLE = CaseFold.compile("^(?:artikel|hoofdstuk|paragraaf|§)\\s*\\d+[a-z]?\\b", I);
    /** A motion's closing formula the parser left on its last clause, or as a clause of its own ("en gaan over …" in States). */
    private static final Pattern CLOSING = CaseFold.compile("[,;]?\\s*en\\s+(?:gaat|gaan)\\s+over\\s+tot\\s+de\\s+orde\\s+van\\s+de\\s+dag\\.?$", I);
    /** Between two items of an enumeration run into one paragraph: a semicolon, optionally "en" or "of" after it. */
    private static final Pattern ENUMERATION = Pattern.compile(";\\s+(?:(?:en|of)\\s+)?");

    /** Items of a paragraph cut by semicolons, each a clause of four words or more; none when there are fewer than two. */
    static List<String> enumeration(String paragraph) {
        String[] parts = ENUMERATION.split(paragraph);
        if (parts.length < 2) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String item = parts[i].trim() + (i < parts.length - 1 ? ";" : "");
            if (item.split(" ").length < 4) {
                return List.of();
            }
            items.add(item);
        }
        return items;
    }

    /** {@code text} without a motion's closing formula at its end ("…, en gaat over tot de orde van de dag."). */
    static String withoutClosing(String text) {
        return CLOSING.matcher(text).replaceFirst("");
    }

    /** A clause that stops on an abbreviation ("vastgesteld bij raadsbesluit 87, d.d."): its date is on the next line. */
    private static final Pattern ABBREVIATED = CaseFold.compile("\\b(?:d\\.d|dd|nr|no|art|blz|o\\.a|t\\.a\\.v|i\\.v\\.m|m\\.b\\.t)\\.$", I);
    private static final Pattern TERMINATED = CaseFold.compile("[.;:!?]\\s*[\"”’']?$|[.;:]\\s*(?:en|of)$");

    private Clauses() {}

    /**
     * The clauses from block {@code from} on; {@code inline} is what followed the introduction in its own
     * block ("Het college besluit: 1 De …"), or null.
     */
    static List<Clause> read(DocumentView view, int introBlock, String inline, int from) {
        Set<String> running = runningHeaders(view);
        List<Clause> out = new ArrayList<>();
        Builder b = new Builder(out);
        if (inline != null && !inline.isBlank()) {
            for (String piece : INLINE.split(inline.trim())) {
                b.piece(piece, true, introBlock, view.block(introBlock).page());
            }
        }
        for (int i = from; i < view.blocks.size() && out.size() < MAX; i++) {
            String text = view.text(i);
            int page = view.block(i).page();
            if (text.isEmpty() || FURNITURE.matcher(text).matches() || running.contains(text)) {
                continue;
            }
            if (view.is(i, BlockType.TABLE)) {
                if (view.block(i).table() == null) {
                    continue;
                }
                b.flush();
                Table table = view.block(i).table();
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Cell> row = table.rows().get(r);
                    String rowText = DocumentView.normalise(String.join(" ", row.stream().map(Cell::text).toList()));
                    // a table of how a sum is covered ends on its total: the sum of the clauses, no clause of its own
                    boolean total = table.totalsRow() != null && table.totalsRow() == r; // as the table analysis found it
                    if (!rowText.isEmpty() && !total) {
                        b.start(rowText, i, page);
                        b.flush();
                    }
                }
                continue;
            }
            String bare = BULLET.matcher(text).replaceFirst("");
            if (STOP.matcher(bare).find() || ARTICLE.matcher(bare).find() || SECTION.matcher(bare).find() && bare.split("\\s+").length <= 5) {
                break;
            }
            if (view.is(i, BlockType.HEADING) && !out.isEmpty() && b.current == null) {
                break;
            }
            boolean listItem = view.is(i, BlockType.LIST_ITEM);
            String[] pieces = INLINE.split(text);
            boolean go = true;
            for (int k = 0; k < pieces.length && go; k++) {
                go = b.piece(pieces[k], listItem && k == 0 || k > 0, i, page);
            }
            if (!go || CLOSING.matcher(DocumentView.normalise(text)).find()) {
                break; // a motion's closing formula ends its requests: the signatories' table below is none
            }
        }
        b.flush();
        return out;
    }

    /** Collects pieces into clauses. */
    private static final class Builder {
        final List<Clause> out;
        StringBuilder current;
        String marker;
        int block;
        int page;

        Builder(List<Clause> out) {
            this.out = out;
        }

        /** @return false when the piece ends the clauses (a signature, a name, a closing line) */
        boolean piece(String piece, boolean marked, int blockIndex, int pageNo) {
            Matcher m = MARKER.matcher(piece);
            m.find();
            boolean hasMarker = m.group("m") != null || BULLET.matcher(piece).find();
            boolean unfinished = current != null && (!TERMINATED.matcher(current).find() || GROUNDS.matcher(piece).find()
                    || ABBREVIATED.matcher(current).find());
            if (unfinished && !(hasMarker && plausibleAfter(m.group("m")))) {
                current.append(' ').append(piece.trim());
                return true;
            }
            if (hasMarker || marked) {
                start(piece, blockIndex, pageNo);
                return true;
            }
            if (sentenceLike(piece)) {
                start(piece, blockIndex, pageNo);
                return true;
            }
            return out.isEmpty() && current == null;
        }

        /** A number after an unfinished clause is a broken-off line ("(Spui" / "70) naar …"), not a new clause. */
        private boolean plausibleAfter(String m) {
            return m == null || !m.matches("\\d+[.)]?") || Integer.parseInt(m.replaceAll("\\D", "")) <= 30
                    && !m.endsWith(")");
        }

        void start(String piece, int blockIndex, int pageNo) {
            flush();
            String t = piece.trim();
            String mk = null;
            // strip nested markers: "▪ IV. Een bedrag" → "Een bedrag"
            for (int n = 0; n < 3; n++) {
                Matcher m = MARKER.matcher(t);
                if (m.find() && m.end() > 0 && m.end() < t.length()) {
                    if (m.group("m") != null) {
                        mk = m.group("m");
                    }
                    t = t.substring(m.end()).trim();
                } else {
                    break;
                }
            }
            current = new StringBuilder(t);
            marker = mk;
            block = blockIndex;
            page = pageNo;
        }

        void flush() {
            if (current != null && !current.isEmpty()) {
                String t = CLOSING.matcher(DocumentView.normalise(current.toString())).replaceFirst("");
                // "V." before its first lettered clause ("V. a. dat …"): a number, no clause
                if (!t.isEmpty() && !ONLY_MARKER.matcher(t).matches()) {
                    out.add(new Clause(t, marker, block, page));
                }
            }
            current = null;
        }
    }

    /** A paragraph that reads as a clause: some words, mostly lower case, ending like a sentence. */
    static boolean sentenceLike(String text) {
        String[] words = text.trim().split("\\s+");
        if (words.length < 4) {
            return false;
        }
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                lower++;
            }
        }
        return lower * 2 >= words.length && (TERMINATED.matcher(text).find() || words.length >= 8);
    }

    /** How many lines at the top of a page may be its running header (a letterhead: "Gemeente X", "Ons kenmerk", the code). */
    private static final int TOP_LINES = 4;
    /** How many lines at the foot of a page may be its running footer. */
    private static final int FOOT_LINES = 2;

    /**
     * Short texts printed at the top or foot of several pages: letterhead and running headers. A line further in is the
     * text's own, though it recurs: an article's heading quoted twice ("Artikel 1 Commissies"), a proposal's short clause
     * word for word in the decision that adopts it ("1. het programma vast te stellen;").
     */
    static Set<String> runningHeaders(DocumentView view) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < view.blocks.size(); i++) {
            if (!view.text(i).isEmpty() && !FURNITURE.matcher(view.text(i)).matches() && !view.is(i, BlockType.LIST_ITEM)) {
                byPage.computeIfAbsent(view.block(i).page(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Set<Integer>> pages = new HashMap<>();
        byPage.forEach((page, blocks) -> {
            for (int k = 0; k < blocks.size(); k++) {
                String t = view.text(blocks.get(k));
                if (t.split("\\s+").length > 8) {
                    continue;
                }
                // a header recurs atop pages, a footer at their feet: a heading at one page's top and a line at another's
                // foot is the text's own
                if (k < TOP_LINES) {
                    pages.computeIfAbsent("top " + t, x -> new HashSet<>()).add(page);
                }
                if (k >= blocks.size() - FOOT_LINES) {
                    pages.computeIfAbsent("foot " + t, x -> new HashSet<>()).add(page);
                }
            }
        });
        Set<String> out = new HashSet<>();
        pages.forEach((t, p) -> {
            if (p.size() >= 2) {
                out.add(t.substring(t.indexOf(' ') + 1));
            }
        });
        return out;
    }
}
