package nl.gremium.tag;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.SourceFile;

/** Builds small logical documents from blocks for the tagger tests. */
final class Docs {
    private Docs() {}

    static LogicalDocument of(DocKind kind, List<Block> blocks, List<AgendaItem> items) {
        Metadata meta = new Metadata("Testdocument", "Veiligheidsregio Testland", "Algemeen bestuur",
                LocalDate.of(2026, 3, 12), null, "nld", false);
        return new LogicalDocument("abcdef0123456789-01", new SourceFile("/tmp/t.pdf", "t.pdf", "abc", 1, "application/pdf", 1),
                1, 1, 1, kind, meta, blocks, items, null);
    }

    static Block p(String text) {
        return Block.paragraph(text, 1);
    }

    static Block h(String number, String text, int level) {
        return Block.heading(number == null ? text : number + " " + text, 1, level, number);
    }

    static Block li(String marker, String text) {
        return Block.listItem(text, 1, 1, marker);
    }

    static Block li(String marker, String text, int level) {
        return Block.listItem(text, 1, level, marker);
    }
}
