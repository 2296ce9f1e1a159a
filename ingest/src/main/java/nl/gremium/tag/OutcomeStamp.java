package nl.gremium.tag;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.model.Outcome;
import nl.gremium.text.CaseFold;

/**
 * The outcome printed on a proposal, motion or amendment after the vote: the clerk's stamp "Aldus besloten
 * (aangenomen, verworpen, …) in de openbare raadsvergadering van 12 juni 2025", a result field "Uitslag
 * stemming: verworpen", the board's own record that it decided as proposed, or a bare stamp line "Aangenomen". A
 * stamp without a date ("… vergadering van [datum]") is a template of a draft and records nothing.
 *
 * @param text  the outcome as printed ("besloten", "Verworpen", "geamendeerd besloten")
 * @param block the block that carries it
 */
record OutcomeStamp(Outcome outcome, String text, int block) {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String WORD = "(?:(?:geamendeerd|gewijzigd|gedeeltelijk|unaniem|ongewijzigd)\\s+)?"
            + "(?:besloten|vastgesteld|aangenomen|verworpen|ingetrokken|aangehouden|afgewezen|niet\\s+behandeld|"
            + "(?:de\\s+)?stemmen\\s+(?:hebben\\s+)?gestaakt|staken\\s+der\\s+stemmen)";
    private static final Pattern CLERK = CaseFold.compile(
            "^\\W*(?:aldus\\s+)?(?<w>" + WORD + ")\\b[^.]{0,120}?\\b(?:openbare\\s+)?(?:raads|staten|bestuurs|kamer)?"
                    + "vergadering\\b(?<rest>.*)$", I);
    private static final int STAMP_WORDS = 20;
    /**
     * The board recording that it took the proposal as it stood, dated: "Het algemeen bestuur heeft in zijn vergadering
     * van 21 oktober 2027 besloten overeenkomstig het voorstel", "Besluit AB d.d. 21 oktober 2027: conform voorstel".
     */
    private static final Pattern AS_PROPOSED = CaseFold.compile(
            "\\b(?<w>(?:besloten|ingestemd)\\s+(?:conform|overeenkomstig)\\s+(?:het\\s+)?(?:voorstel|advies))\\b"
                    + "|^besluit\\s+(?:van\\s+)?(?:het\\s+)?(?:AB|DB|B\\s*&\\s*W|GS|PS|algemeen\\s+bestuur|dagelijks\\s+bestuur|college|raad)\\b"
                    + "[^:]{0,40}:\\s*(?<v>(?:conform|overeenkomstig)(?:\\s+(?:het\\s+)?(?:voorstel|advies))?)\\s*\\.?$", I);
    /** The word of such a record in the printed outcome ({@link #asProposed()}). */
    private static final Pattern AS_PROPOSED_WORD = CaseFold.compile("\\b(?:conform|overeenkomstig)\\b", I);
    private static final Pattern DATED = CaseFold.compile("\\b(?:19|20)\\d{2}\\b");
    /** The day left open for the clerk to fill in: "… vergadering van ……… 2025", "van [datum] 2025", "van __ 2025". */
    private static final Pattern PLACEHOLDER = CaseFold.compile("\\.{4,}|…{2,}|_{3,}|\\[\\s*(?:datum|dd)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = CaseFold.compile(
            "\\b(?:uitslag(?:\\s+stemming)?|stemuitslag|stemming|status|resultaat|besluit(?:vorming)?\\s+raad)\\s*:\\s*"
                    + "(?<w>" + WORD + ")\\b", I);
    /** The body a stamp may name before its date: "Verworpen raad 30-01-2025". */
    private static final String BODY = "(?:raad|staten|PS|AB|DB|algemeen\\s+bestuur|dagelijks\\s+bestuur)";
    /** A bare stamp, possibly after the item code and registration number the parser put on its line. */
    private static final Pattern BARE = CaseFold.compile(
            "^(?:[\\p{L}\\d.\\-/]+\\s+){0,4}?(?<w>" + WORD + ")(?:\\s+(?:met|op|d\\.d\\.|\\(|\\d|" + BODY + "\\s+\\d).*)?\\.?$", I);
    /**
     * A stamp's word in capitals opening a short line with its date, whatever OCR made of the rest of a rotated stamp
     * ("AANGENOMEN nciale Staten 9 april 2025 gen").
     */
    private static final Pattern SHOUTED = Pattern.compile(
            "^(?<w>AANGENOMEN|VERWORPEN|INGETROKKEN|AANGEHOUDEN|VASTGESTELD|BESLOTEN)\\b(?=.*\\b(?:19|20)\\d{2}\\b)");
    /** Any outcome word: a line with two ("Aangenomen / Verworpen", "Uitslag: aangenomen/verworpen") is a form to tick. */
    private static final Pattern ANY_WORD = CaseFold.compile("\\b" + WORD + "\\b", I);
    private static final Pattern SPLIT_CAPITALS = CaseFold.compile("\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})+(?=\\s|$)");
    /** Runs of capitals, any length, a space apart: pieces of a word the text layer broke up. */
    private static final Pattern FRAGMENTS = CaseFold.compile("\\p{Lu}+(?:\\s\\p{Lu}+)*(?=\\s|$)");
    private static final Pattern ONE_WORD = CaseFold.compile("(?:besloten|vastgesteld|aangenomen|verworpen|ingetrokken|aangehouden|afgewezen)", I);
    private static final Pattern RECORDED = CaseFold.compile("^(?:de|deze|het)\\s+(?:motie|amendement)\\s+(?:is|werd|wordt)\\s+"
            + "(?:met\\s+algemene\\s+stemmen\\s+)?(?<w>" + WORD + ")\\b(?=[^.]*\\bstem)", I);
    private static final Pattern VERB_BEFORE = CaseFold.compile(
            "\\b(?:is|werd|wordt|zijn|werden|niet|motie|amendement|voorstel|dat)\\b", I);

    /** The stamp of the document, or null: a clerk's stamp first, then a result field, then a bare stamp. */
    static OutcomeStamp find(DocumentView view, boolean bare) {
        OutcomeStamp field = null;
        OutcomeStamp line = null;
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.TABLE)) {
                continue;
            }
            String t = b + 1 < view.blocks.size() ? joined(view.text(b), view.text(b + 1)) : joined(view.text(b));
            Matcher m = CLERK.matcher(t);
            // "Aldus aangenomen in de openbare vergadering van …", or a short stamp line "Aangenomen in de vergadering van …"
            if (m.find() && (t.toLowerCase(Locale.ROOT).matches("(?s)^\\W*aldus.*|.*openbare.*") || t.split("\\s+").length <= STAMP_WORDS)
                    && DATED.matcher(m.group("rest")).find() && !PLACEHOLDER.matcher(m.group("rest")).find()) {
                return of(m.group("w"), b);
            }
            Matcher p = AS_PROPOSED.matcher(t);
            if (p.find() && t.split("\\s+").length <= 2 * STAMP_WORDS && DATED.matcher(t).find()) {
                return of(p.group("w") != null ? p.group("w") : p.group("v"), b);
            }
            if (unticked(t)) {
                continue;
            }
            Matcher f = FIELD.matcher(t);
            if (field == null && f.find()) {
                field = of(f.group("w"), b);
            }
            Matcher l = BARE.matcher(t);
            // a rotated stamp's date may fall on the line after its word ("VERWORPEN in de vergadering van PS d.d. 25-06-" / "2025 …")
            Matcher shouted = SHOUTED.matcher(b + 1 < view.blocks.size() ? t + " " + view.text(b + 1) : t);
            if (bare && line == null && !view.is(b, BlockType.LIST_ITEM) && t.split("\\s+").length <= 10) {
                if (l.find() && !VERB_BEFORE.matcher(t.substring(0, l.start("w"))).find()) {
                    line = of(l.group("w"), b);
                } else if (shouted.find()) {
                    line = of(shouted.group("w"), b);
                }
            }
        }
        return field != null ? field : line != null ? line : recorded(view);
    }

    /**
     * Without a stamp, the clerk's line under the votes: "De motie is aangenomen met 29 stemmen voor en 18 stemmen tegen."
     * (the paper's own result, its tally as evidence), or null.
     */
    private static OutcomeStamp recorded(DocumentView view) {
        for (int b = 0; b < view.blocks.size(); b++) {
            Matcher r = RECORDED.matcher(view.text(b));
            if (!view.is(b, BlockType.TABLE) && r.lookingAt() && view.text(b).toLowerCase(Locale.ROOT).contains("stem")) {
                return of(r.group("w"), b);
            }
        }
        return null;
    }

    /**
     * A rotated stamp's capitals come out of the text layer with a space where the glyphs' positions jump ("AANGENO MEN in
     * de openbare raadsvergadering …"): the leading run of capitals is one word where together it is an outcome word.
     */
    static String joined(String line) {
        Matcher m = SPLIT_CAPITALS.matcher(line);
        if (m.lookingAt()) {
            String word = m.group().replaceAll("\\s+", "");
            if (ONE_WORD.matcher(word).matches()) {
                return word + line.substring(m.end());
            }
        }
        return line;
    }

    /**
     * A rotated stamp whose capitals the text layer broke over two lines ("VER WO" / "RPE N raad 30-01-2025 · …"): a line of
     * capitals alone is put together with the capitals that open the next one where together they are an outcome word.
     */
    static String joined(String line, String next) {
        if (FRAGMENTS.matcher(line).matches()) {
            Matcher m = FRAGMENTS.matcher(next);
            if (m.lookingAt()) {
                String word = (line + m.group()).replaceAll("\\s+", "");
                if (ONE_WORD.matcher(word).matches()) {
                    return word + next.substring(m.end());
                }
            }
        }
        return joined(line);
    }

    /** The outcomes printed side by side on a motion form before the vote: the choice, not the result. */
    private static boolean unticked(String line) {
        Matcher m = ANY_WORD.matcher(line);
        return m.find() && m.find();
    }

    private static OutcomeStamp of(String printed, int block) {
        return new OutcomeStamp(normalise(printed), DocumentView.normalise(printed), block);
    }

    static Outcome normalise(String printed) {
        String w = printed.toLowerCase(Locale.ROOT);
        if (w.contains("verworpen") || w.contains("afgewezen")) {
            return Outcome.rejected;
        }
        if (w.contains("ingetrokken")) {
            return Outcome.withdrawn;
        }
        if (w.contains("aangehouden")) {
            return Outcome.held;
        }
        if (w.contains("gestaakt") || w.contains("staken")) {
            return Outcome.tie;
        }
        if (w.contains("niet behandeld")) {
            return Outcome.not_treated;
        }
        if (w.contains("geamendeerd") || w.contains("gewijzigd") && !w.contains("ongewijzigd")) {
            return Outcome.adopted_amended;
        }
        return Outcome.adopted;
    }

    /** The board decided as proposed ("besloten overeenkomstig het voorstel", "Besluit AB …: conform"): the proposal's clauses hold. */
    boolean asProposed() {
        return AS_PROPOSED_WORD.matcher(text).find();
    }

    boolean adopted() {
        return outcome == Outcome.adopted || outcome == Outcome.adopted_amended;
    }
}
