package nl.gremium.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.BlockType;
import nl.gremium.text.CaseFold;

/** The speakers' turns of a verbatim record: "De voorzitter.", "Wethouder Bakker (D66).", "Anna de Vries (SP):". */
final class Turns {
    private static final Pattern TURN = CaseFold.compile(
            "^(?<who>(?i:de\\s+voorzitter)|(?:(?i:de)\\s+)?(?i:wethouder|burgemeester|gedeputeerde|minister|staatssecretaris|griffier)\\s+"
                    + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}?[\\p{L}'’-]+){0,3}(?:\\s+\\([^)]{1,30}\\))?|"
                    // "De heer Van Zanen.": the mayor or an official, named without a party
                    + "(?:De\\s+heer|Mevrouw)\\s+(?:(?:van|de|der|den|ter|ten|te)\\s+)*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}|"
                    + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,5}\\s+\\([^)]{1,30}\\))\\s*[.:](?:\\s|$)");
    private static final Pattern CHAIR = CaseFold.compile("(?i)de\\s+voorzitter");

    private Turns() {}

    /** Who speaks in the turn a paragraph opens, or null when it opens none. */
    static String opens(String paragraph) {
        Matcher m = TURN.matcher(paragraph);
        return m.find() ? m.group("who").trim() : null;
    }

    /** The chair, who puts motions to the vote and states their outcome. */
    static boolean chair(String speaker) {
        return CHAIR.matcher(speaker).matches();
    }

    /**
     * Who speaks in each block: the member or alderman whose turn it opens or goes on in; null outside turns and in the
     * chair's, who leads the meeting (what their turn reads out, a motion's considerations, is no one's promise).
     */
    static String[] speakers(DocumentView view) {
        String[] out = new String[view.blocks.size()];
        String speaker = null;
        for (int b = 0; b < out.length; b++) {
            String opens = view.is(b, BlockType.TABLE) ? null : opens(view.text(b));
            if (opens != null) {
                speaker = chair(opens) ? null : opens;
            }
            out[b] = speaker;
        }
        return out;
    }

    /** Whether the minutes are a verbatim record: at least ten paragraphs, and one in ten, open a turn. */
    static boolean verbatim(DocumentView view) {
        int turns = 0;
        int paragraphs = 0;
        for (int b = 0; b < view.blocks.size(); b++) {
            if (view.is(b, BlockType.PARAGRAPH)) {
                paragraphs++;
                if (opens(view.text(b)) != null) {
                    turns++;
                }
            }
        }
        return turns >= 10 && turns * 10 >= paragraphs;
    }
}
