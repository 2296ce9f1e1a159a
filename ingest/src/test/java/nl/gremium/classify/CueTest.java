package nl.gremium.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import org.junit.jupiter.api.Test;

class CueTest {
    private static DocumentEvidence lines(int n, String text) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("Verslag", 1));
        for (int i = 0; i < n; i++) {
            blocks.add(Block.paragraph(text + " " + i, 1));
        }
        return DocumentEvidence.of(blocks);
    }

    @Test
    void onceGivesItsPointsForAnyMatch() {
        Cue cue = Cue.once(DocKind.minutes, Zone.ALL, 4, "^de heer", "speaker");
        assertEquals(4, cue.score(lines(5, "De heer Smit merkt op")));
        assertEquals(0, cue.score(lines(5, "Mevrouw Smit merkt op")));
    }

    @Test
    void eachAndPerCountLinesUpToTheCap() {
        assertEquals(2, Cue.each(DocKind.minutes, Zone.ALL, 3, "merkt op", "x").score(lines(2, "Hij merkt op")));
        assertEquals(3, Cue.each(DocKind.minutes, Zone.ALL, 3, "merkt op", "x").score(lines(9, "Hij merkt op")));
        assertEquals(2, Cue.per(DocKind.minutes, Zone.ALL, 3, 5, "merkt op", "x").score(lines(8, "Hij merkt op")));
        assertEquals(0, Cue.per(DocKind.minutes, Zone.ALL, 3, 5, "merkt op", "x").score(lines(2, "Hij merkt op")));
    }

    @Test
    void aCueNeedingLiteralsScoresAsItsRegexAlone() {
        Cue plain = Cue.each(DocKind.minutes, Zone.ALL, 9, "merkt op|\\bvraagt\\b", "x");
        Cue guarded = plain.needing("merkt op", "vraagt");
        for (String text : List.of("Hij MERKT op", "Zij vraagt of", "Hij merkte op", "Ze vraagt", "Niets")) {
            assertEquals(plain.score(lines(4, text)), guarded.score(lines(4, text)), text);
        }
        assertEquals(4, guarded.score(lines(4, "Hij MERKT op")));
        assertEquals(0, guarded.score(lines(4, "Hij merkte op")));
    }

    @Test
    void penaltyAppliesOnce() {
        assertEquals(-3, Cue.once(DocKind.report, Zone.ALL, -3, "geachte", "letter").score(lines(4, "Geachte heer")));
    }
}
