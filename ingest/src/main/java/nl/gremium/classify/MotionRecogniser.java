package nl.gremium.classify;

import static nl.gremium.model.DocKind.amendment;
import static nl.gremium.model.DocKind.motion;

import java.util.List;

/**
 * Motions and amendments share a frame ("De raad …, in vergadering bijeen", "De Kamer, gehoord de
 * beraadslaging", "constaterende dat"); the title tells them apart, and without one the operative part
 * does: a motion asks ("verzoekt het college"), an amendment rewrites the draft decision ("besluit het
 * ontwerpbesluit als volgt te wijzigen"). The frame is only looked for on the first page, so minutes and
 * decision lists that quote motions do not become motions.
 */
public final class MotionRecogniser implements Recogniser {
    /**
     * Not a title but an item of a list ("Motie I.3 VVD …", "Amendement 12 …"): a number with more words after it.
     * A number that ends the line is the document's own ("Amendement A2", "Motie 2025-03" over the text).
     */
    private static final String NOT_AN_ITEM = "(?!\\s+(?:[a-z]{1,2}\\.?\\d|\\d)\\S*\\s+\\S)";
    private static final String FRAME = "in vergadering bijeen|gehoord de beraadslaging";
    /** A list marker in front of a clause ("- constaterende dat;", "• verzoekt het college"). */
    private static final String MARK = "^[-–•▪·*]?\\s*";

    static final List<Cue> CUES = List.of(
            Cue.once(motion, Zone.TITLE, 8, "^(?:nr\\.?\\s*\\d+\\s+)?(?:gewijzigde\\s+|aangehouden\\s+)?motie\\b" + NOT_AN_ITEM,
                    "title Motie"),
            Cue.once(amendment, Zone.TITLE, 8, "^(?:nr\\.?\\s*\\d+\\s+)?(?:gewijzigd\\s+|sub)?amendement\\b" + NOT_AN_ITEM,
                    "title Amendement"),
            Cue.once(motion, Zone.HEAD, 2, FRAME, "council in session"),
            Cue.once(amendment, Zone.HEAD, 2, FRAME, "council in session"),
            Cue.each(motion, Zone.HEAD, 2, MARK + "(?:constaterende|overwegende|van mening|concluderende|voorts|tevens)\\b.{0,20}\\bdat\\b"
                    + "|" + MARK + "(?:constaterende|overwegende|van mening|concluderende)\\s*,?\\s*(?:dat)?\\s*[:;]?$", "considerations"),
            // States speak in the plural: "Verzoeken het college van Gedeputeerde Staten:"
            Cue.once(motion, Zone.HEAD, 3, MARK + "(?:en\\s+)?(?:verzoek(?:t|en)|draagt|dragen|roep(?:t|en)|spreekt (?:uit|als haar mening uit)"
                    + "|spreken (?:uit|als (?:hun|haar) mening uit)|dringt|dringen)\\b"
                    + "|(?:verzoek(?:t|en)|draagt|dragen)\\s+(?:het college|de regering|de burgemeester|het presidium|gedeputeerde staten)",
                    "asks the executive").needing("verzoek", "draagt", "dragen", "roep", "spreekt", "spreken", "dringt", "dringen"),
            // the motion's own kind under its title ("Motie vreemd aan de orde van de dag"), wherever the title zone ends
            Cue.once(motion, Zone.HEAD, 4, "^motie\\s+vreemd\\s+aan\\s+de\\s+orde\\b", "motion not on the agenda").needing("vreemd"),
            Cue.once(motion, Zone.TAIL, 2, "gaat over tot de orde van de dag", "closing formula of a motion"),
            // another text quoting a motion introduces it: "De motie luidt als volgt:"
            Cue.once(motion, Zone.HEAD, -3, "^(?:de\\s+)?(?:aangenomen\\s+)?motie\\s+(?:luidt|luidde)\\b|\\bluidt\\s+als\\s+volgt\\s*:?$", "quotes a motion")
                    .needing("luidt", "luidde"),
            Cue.each(amendment, Zone.HEAD, 4, "als volgt (?:te )?(?:wijzigen|gewijzigd|aan te vullen)|\\btoe te voegen\\b"
                    + "|\\bte vervangen door\\b|\\bte schrappen\\b|komt te luiden|wordt vervangen door|wordt toegevoegd"
                    + "|\\b(?:dictum|dictumpunt|beslispunt)(?:en)?\\b|(?:ontwerp)?besluit\\s+(?:als volgt\\s+)?te wijzigen"
                    + "|voorstel van wet wordt", "rewrites the draft decision")
                    .needing("wijzig", "vullen", "toe te voegen", "toegevoegd", "vervang", "schrap", "luiden", "dictum",
                            "beslispunt", "voorstel van wet"));

    @Override
    public void score(DocumentEvidence doc, KindScores scores) {
        CUES.forEach(c -> scores.apply(c, doc));
    }
}
