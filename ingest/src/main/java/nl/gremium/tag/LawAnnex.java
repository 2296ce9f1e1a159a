package nl.gremium.tag;

import java.util.regex.Pattern;
import nl.gremium.classify.Cues;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;

/**
 * The blocks of an annex that quotes the law ("Bijlage 1 – Relevante artikelen uit de Woo"), up to the next annex
 * (the inventory, whose rows are decisions). The articles speak of the law's roles ("Het bestuursorgaan kan besluiten
 * …", "… doet mededeling aan de verzoeker"): no decision or task of the document that encloses them.
 */
record LawAnnex(int start, int end) {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The annex's title; OCR may read "BIJLAGE" as "BULAGE". */
    private static final Pattern TITLE = CaseFold.compile(
            "^(?:b(?:ij|u)lage\\s*\\w{0,3}\\s*[-–—:.]?\\s*)?(?:relevante\\s+(?:wets)?artikelen|wetsartikelen|relevante\\s+wet-\\s+en\\s+regelgeving)\\b"
                    // a letter's own "Wettelijk kader" or "Regelgeving" section explains before it decides: only as an annex
                    + "|^b(?:ij|u)lage\\s*\\w{0,3}\\s*[-–—:.]?\\s*(?:(?:wettelijk|juridisch)\\s+kader|(?:wet-\\s+en\\s+)?regelgeving|wetgeving)\\b", I);
    /** An annex title the parser left as a paragraph is a short one. */
    private static final int TITLE_WORDS = 10;

    static LawAnnex of(DocumentView view) {
        int n = view.blocks.size();
        for (int b = 0; b < n; b++) {
            if (TITLE.matcher(view.text(b)).find() && title(view, b)) {
                int end = b + 1;
                while (end < n && !(Cues.ANNEX.matcher(view.text(end)).find() && !TITLE.matcher(view.text(end)).find()
                        && title(view, end))) {
                    end++;
                }
                return new LawAnnex(b, end);
            }
        }
        return new LawAnnex(n, n);
    }

    private static boolean title(DocumentView view, int b) {
        Block block = view.block(b);
        return block.is(BlockType.HEADING) || BlockText.headingLike(block) || BlockText.words(view.text(b)) <= TITLE_WORDS;
    }

    boolean holds(int block) {
        return block >= start && block < end;
    }
}
