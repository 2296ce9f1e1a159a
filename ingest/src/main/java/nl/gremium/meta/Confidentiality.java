package nl.gremium.meta;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.GuardedPattern;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.RegexGuard;

/**
 * Whether a document marks itself confidential. Counted: a stamp line ("VERTROUWELIJK", "Stg. GEHEIM",
 * "Zeer geheim", "Departementaal vertrouwelijk", "Niet openbaar"), a classification field ("Classificatie:
 * vertrouwelijk", "Rubricering: Stg. Geheim", "vertrouwelijk: ja"), a sentence saying so ("Dit stuk is
 * vertrouwelijk"), and near the top a stamp withholding the text on a Woo/Wob ground ("Niet openbaar op
 * grond van art. 5.1 lid 2 sub e Woo"). Not counted: a field answering no ("vertrouwelijk:
 * nee", "Classificatie: openbaar"), mentions in running text ("zijn vertrouwelijk gevoerd"), headings that
 * merely start with the words ("Niet openbaar gemaakte documenten"), tables (a Woo inventory lists refused
 * documents, it is not one), and a Woo decision letter, which cites grounds for what it withholds but is
 * itself public.
 */
final class Confidentiality {
    private static final String GRADE = "(?:(?:strikt|zeer|departementaal|dep\\.?|stg\\.?|staats)\\s*)?"
            + "(?:vertrouwelijk|geheim|confidentieel|confidential)";
    /** A line that is only a stamp. */
    private static final Pattern STAMP = CaseFold.compile(
            "(?iu)^(?:" + GRADE + "|staatsgeheim)(?:\\s+(?:document|stuk|bijlage))?\\s*[.!]?$");
    /** "Niet openbaar" as a stamp, alone or with its reason, not as the start of a heading about such documents. */
    private static final Pattern NOT_PUBLIC = CaseFold.compile("(?iu)^niet[- ]openbaar\\s*(?:[.!]|[-–:(,].{0,160})?$");
    // these two run on every line of every document: guarded by the words each match needs (GuardedPattern)
    private static final GuardedPattern SAYS_SO = GuardedPattern.of(
            "(?iu)\\b(?:dit|deze)\\s+(?:document|stuk|notitie|verslag|memo|brief|bijlage|nota)\\s+is\\s+(?:strikt\\s+)?"
                    + "(?:vertrouwelijk|geheim|niet openbaar)\\b", 0, "vertrouwelijk", "geheim", "openbaar");
    /** A classification value that grades the text (the field's own label has been cut off). */
    private static final Pattern GRADED = CaseFold.compile("(?iu)^:?\\s*(?:" + GRADE + "|staatsgeheim|niet[- ]openbaar)\\b");
    private static final GuardedPattern CLASSIFIED = GuardedPattern.of(
            "(?iu)\\b(?:classificatie|rubricering)\\s*:?\\s*(?<value>.*)$", 0, "classificatie*", "rubricering*");
    private static final Pattern WOO_GROUND = LeadingBoundary.compile(
            "(?iu)\\b(?:woo|wob|wet open overheid|wet openbaarheid van bestuur)\\b|\\b(?:artikel|art\\.?)\\s*(?:5\\.[12]|10|11)\\b"
                    + "|\\b5\\.[12]\\.\\d[a-i]?\\b");
    private static final Pattern WITHHELD = CaseFold.compile("(?iu)^(?:niet[- ]openbaar|geweigerd|vertrouwelijk)\\b");
    /** Cues of a decision on a Woo request: it cites grounds for what it withholds but is public itself. */
    private static final Pattern WOO_DECISION = CaseFold.compile(
            "(?iu)\\b(?:woo-besluit|wob-besluit|besluit op uw (?:woo-|wob-)?verzoek|uw (?:woo-|wob-)?verzoek"
                    + "|ik heb besloten|wij hebben besloten|inventarislijst|verzoek om informatie|openbaarmakingsbesluit)\\b");
    private static final int STAMP_WORDS = 12;
    private static final int WOO_STAMP_WORDS = 30;
    private static final int HEAD = 15;

    private Confidentiality() {}

    static boolean of(List<Block> content, Map<String, String> fields) {
        String field = fields.get("vertrouwelijk");
        if (field != null) {
            // "vertrouwelijk: ja", or a stamp read as a field: "Vertrouwelijk (art. 10 Wob)"
            return field.toLowerCase(Locale.ROOT).matches("^(?:ja|yes|vertrouwelijk|geheim)\\b.*")
                    || WOO_GROUND.matcher(field).find();
        }
        List<String> lines = content.stream().filter(b -> !b.is(BlockType.TABLE))
                .map(b -> BlockText.normalise(b.text())).toList();
        for (String t : lines) {
            String folded = RegexGuard.fold(t);
            if (CLASSIFIED.mayMatch(t, folded)) {
                var c = CLASSIFIED.pattern().matcher(t);
                if (c.find() && GRADED.matcher(c.group("value")).find()) {
                    return true;
                }
            }
            if (BlockText.words(t) <= STAMP_WORDS && STAMP.matcher(t).find() || SAYS_SO.find(t, folded)) {
                return true;
            }
        }
        return withheld(lines) && lines.stream().noneMatch(t -> WOO_DECISION.matcher(t).find());
    }

    /**
     * A "niet openbaar" stamp line, or near the top a stamp withholding the text on a Woo ground. Both
     * also appear in a Woo decision letter's list of what it withholds, so the caller rules those out.
     */
    private static boolean withheld(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            int words = BlockText.words(t);
            if (words <= STAMP_WORDS && NOT_PUBLIC.matcher(t).find() && !WOO_GROUND.matcher(t).find()) {
                return true;
            }
            if (i < HEAD && words <= WOO_STAMP_WORDS && WITHHELD.matcher(t).find() && WOO_GROUND.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
