package nl.gremium.tag;

import java.util.List;
import java.util.regex.Pattern;
import nl.gremium.model.Cell;
import nl.gremium.text.Folding;

/** The column of a table whose header says what it holds, read folded ("Wie", "Aanbeveling", "Stand van zaken"). */
final class HeaderColumn {
    private HeaderColumn() {}

    /** The header cell's text, normalised and folded (lower case, no accents), as the header patterns expect it. */
    static String label(Cell c) {
        return Folding.fold(DocumentView.normalise(c.text()));
    }

    /** The first column whose folded header {@code p} finds, or -1. */
    static int find(List<Cell> header, Pattern p) {
        for (int c = 0; c < header.size(); c++) {
            if (p.matcher(label(header.get(c))).find()) {
                return c;
            }
        }
        return -1;
    }
}
