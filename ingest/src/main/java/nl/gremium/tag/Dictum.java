package nl.gremium.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.text.CaseFold;
import nl.gremium.text.LeadingBoundary;

/**
 * The introduction of a dictum: "besluit:", "de raad van …, gezien …, besluit:" (or with semicolons), "Het college besluit:",
 * "Besluit om:", an amendment's "Besluit dictumpunt II als volgt te wijzigen:". Not a dictum: "stelt de raad
 * voor het volgende besluit te nemen:" and "Voorgesteld besluit:", which announce one.
 *
 * @param block    the block of the introduction
 * @param inline   what follows the colon in the same block (a first clause), or ""
 * @param own      the deciding body is the writer's own executive ("Het college besluit:", "Gedeputeerde
 *                 Staten besluiten:"), so the dictum is its decision without a stamp
 * @param proposed the introduction is framed as a proposal (nearby "stelt … voor", "voorgesteld")
 */
record Dictum(int block, String inline, boolean own, boolean proposed) {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern INTRO = CaseFold.compile(
            "^(?:(?<lead>.{0,400}?)(?<sep>[,;]\\s*|\\s+))?(?<verb>besluit(?:en)?|b\\s?e\\s?s\\s?l\\s?u\\s?i\\s?t)"
                    + "(?<tail>(?:\\s+(?:om|tot))?(?:\\s+[^:]{0,200}?)?)\\s*(?::(?<rest>.*))?$", I);
    private static final Pattern INSTRUCTION = CaseFold.compile(
            "\\b(?:toe\\s+te\\s+voegen|te\\s+wijzigen|te\\s+vervangen|aan\\s+te\\s+vullen|te\\s+schrappen|te\\s+laten\\s+vervallen|"
                    + "als\\s+volgt|te\\s+luiden|wijzigingen|dictum\\S*|beslispunt\\S*|onderdeel|artikel)\\b", I);
    private static final Pattern SUBJECT = CaseFold.compile(
            "^(?:(?:het|de)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:college|raad|bestuur|staten|burgemeester|directeur|directie|minister|"
                    + "staatssecretaris|commissie|vergadering)\\b.{0,60}"
                    // "Gedeputeerde Staten van Lauwerland besluiten als volgt:"
                    + "|(?:gedeputeerde\\s+staten|burgemeester\\s+en\\s+wethouders|provinciale\\s+staten)(?:\\s+van\\s+(?-i:\\p{Lu})[\\p{L}-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}-]*)?)?"
                    + "|ik|wij)$", I);
    private static final Pattern OWN = CaseFold.compile(
            "^(?:het\\s+college|college\\s+van|gedeputeerde\\s+staten|burgemeester\\s+en\\s+wethouders|de\\s+burgemeester|"
                    + "het\\s+(?:dagelijks\\s+)?bestuur|de\\s+directeur|de\\s+directie|de\\s+minister|de\\s+staatssecretaris|ik|wij)\\b", I);
    private static final Pattern PROPOSAL = LeadingBoundary.compile(
            "\\bvoorgesteld\\w*\\b|\\bstel(?:t|len)\\b.{0,80}\\bvoor\\b|\\bte\\s+besluiten\\b|\\bontwerp-?\\s*besluit|"
                    + "\\bconcept-?\\s*besluit|\\bvoorstel\\s+aan\\b|\\bbesluit\\s+te\\s+nemen\\b", I);
    private static final Pattern GLUED_HEADING = Pattern.compile("^(?i:besluit|beslissing|dictum)\\s+(?=\\p{Lu})");
    private static final Pattern NOUN = CaseFold.compile("\\b(?:volgende|voorgesteld|ontwerp|concept|genomen|dit|het|een|dat)$", I);
    /** A first clause that only says how the dictum is changed: part of an amendment's introduction. */
    private static final Pattern CHANGE_LINE = CaseFold.compile(
            "(?:toe\\s+te\\s+voegen|te\\s+wijzigen|te\\s+vervangen|aan\\s+te\\s+vullen|te\\s+schrappen|als\\s+volgt|te\\s+luiden|"
                    + "wijzigen\\s+in|vervangen\\s+door|door\\s+te\\s+voeren)\\b[^:]*:+$", I);

    /** Every dictum introduction in the document, in reading order. */
    static List<Dictum> all(DocumentView view) {
        List<Dictum> out = new ArrayList<>();
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE)) {
                continue;
            }
            Dictum d = at(view, b);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** The last dictum before {@code before} (the stamp's block; -1 for none), else the last one. */
    static Dictum last(DocumentView view, int before) {
        Dictum last = null;
        Dictum lastBefore = null;
        for (Dictum d : all(view)) {
            last = d;
            if (before < 0 || d.block() < before) {
                lastBefore = d;
            }
        }
        return lastBefore != null ? lastBefore : last;
    }

    static Dictum at(DocumentView view, int b) {
        String t = view.text(b);
        // the introduction's regex is costly on every block of a long letter: only a block with the verb can be one
        if (t.length() > 1500 || !t.replace(" ", "").toLowerCase(Locale.ROOT).contains("besluit")) {
            return null;
        }
        Matcher m = INTRO.matcher(t);
        if (!m.find()) {
            return null;
        }
        // a heading the parser glued on ("Besluit Ik besluit:") is no part of who decides
        String lead = m.group("lead") == null ? "" : GLUED_HEADING.matcher(m.group("lead").trim()).replaceFirst("");
        String tail = m.group("tail").trim();
        String rest = m.group("rest");
        // "De raad van de gemeente X, gelezen …, besluit:" or, as most councils print it, with semicolons
        boolean comma = m.group("sep") != null && (m.group("sep").contains(",") || m.group("sep").contains(";"));
        if (rest == null && !tail.isEmpty() || !tail.isEmpty() && !tail.matches("(?i)om|tot") && !INSTRUCTION.matcher(tail).find()) {
            return null;
        }
        // a lead of codes only ("ABC/1234 besluit:") is a running header the parser glued to the line
        boolean header = lead.matches("[\\p{Lu}\\d/.\\-\\s]{1,30}");
        if (!lead.isEmpty() && !header && (NOUN.matcher(lead).find() || !comma && !SUBJECT.matcher(lead).matches())) {
            return null;
        }
        String nearby = t;
        for (int k = b - 1, seen = 0; k >= 0 && seen < 2; k--) {
            if (!view.text(k).isEmpty()) {
                nearby = view.text(k) + " " + nearby;
                seen++;
            }
        }
        boolean proposed = PROPOSAL.matcher(lead).find() || PROPOSAL.matcher(nearby.substring(0, nearby.length() - t.length())).find();
        return new Dictum(b, rest == null ? "" : rest.trim(), OWN.matcher(lead).find(), proposed);
    }

    /**
     * A clause that says what is decided ("… ongegrond te verklaren;"), not an item of a list the clause before decides on
     * ("a. Businessplan A" under "de geheimhouding van de volgende documenten op te heffen:").
     */
    private static final Pattern DECIDES = CaseFold.compile("\\bte\\s+\\p{L}+", I);

    /**
     * The clauses of this dictum, without an amendment's change instructions, and without an unmarked introduction of the
     * marked clauses after it ("met overneming van de overwegingen van het college …:" before "I. … te verklaren;"), which
     * says on what grounds, not what is decided.
     */
    List<Clauses.Clause> clauses(DocumentView view) {
        List<Clauses.Clause> out = new ArrayList<>(Clauses.read(view, block, inline, block + 1));
        out.removeIf(c -> CHANGE_LINE.matcher(c.text()).find() && c.text().split("\\s+").length <= 25);
        if (out.size() > 1 && out.get(0).marker() == null && out.get(0).text().endsWith(":") && out.get(1).marker() != null
                && DECIDES.matcher(out.get(1).text()).find()) {
            out.remove(0);
        }
        return out;
    }
}
