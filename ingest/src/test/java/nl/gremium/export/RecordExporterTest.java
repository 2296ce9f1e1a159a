package nl.gremium.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.model.SourceFile;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import nl.gremium.tag.DocumentTagger;
import nl.gremium.text.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordExporterTest {

    private static DataStore storeWithOneTaggedDocument(Path dir) {
        LogicalDocument doc = new LogicalDocument("0123456789abcdef-01",
                new SourceFile("/in/verslag.pdf", "verslag.pdf", "0123456789abcdef", 10, "application/pdf", 1), 1, 1, 1,
                DocKind.minutes, new Metadata("Verslag AB", "Veiligheidsregio Testland", "Algemeen bestuur",
                        LocalDate.of(2026, 3, 12), null, "nld", false),
                List.of(Block.paragraph("Het algemeen bestuur stelt de jaarrekening vast met een resultaat van "
                        + "€ 1.250.000,-, zo meldt de voorzitter, \"positief\".", 2)), List.of(), null);
        DataStore store = new DataStore(dir);
        store.write(doc.withTags(new DocumentTagger().tag(doc)));
        return store;
    }

    @Test
    void writesJsonlFilteredByType(@TempDir Path dir) throws Exception {
        DataStore store = storeWithOneTaggedDocument(dir);
        StringWriter out = new StringWriter();
        int n = new RecordExporter(RecordExporter.Format.jsonl, "amount").export(store, out);
        assertEquals(1, n);
        JsonNode row = Json.mapper().readTree(out.toString().strip());
        assertEquals("amount", row.get("type").asText());
        assertEquals("verslag.pdf", row.get("source").asText());
        assertEquals("1250000", row.get("value").asText());
        assertEquals(2, row.get("page").asInt());
    }

    @Test
    void writesQuotedCsvWithHeader(@TempDir Path dir) {
        DataStore store = storeWithOneTaggedDocument(dir);
        StringWriter out = new StringWriter();
        int n = new RecordExporter(RecordExporter.Format.csv, null).export(store, out);
        String[] lines = out.toString().split("\r\n");
        assertEquals(n + 1, lines.length);
        assertTrue(lines[0].startsWith("\uFEFFtype;id;docId;source;title;kind"), "BOM, then ';' for Dutch Excel: " + lines[0]);
        assertTrue(out.toString().contains("\"\"positief\"\""), out.toString());
        assertTrue(lines[1].startsWith("decision;"), lines[1]);
    }

    @Test
    void oneTypeHasItsOwnColumnsNamedAsEverywhere(@TempDir Path dir) throws Exception {
        DataStore store = storeWithOneTaggedDocument(dir);
        StringWriter csv = new StringWriter();
        new RecordExporter(RecordExporter.Format.csv, "decision").export(store, csv);
        String header = csv.toString().split("\r\n")[0];
        assertEquals(Csv.BOM + String.join(";", ExportRows.columns("decision")), header);
        assertTrue(header.contains(";title;kind;") && header.endsWith(";agendaItem;agendaTitle;outcome"), header);
        assertFalse(header.contains("value") || header.contains("addressee"), "no other type's columns: " + header);

        StringWriter jsonl = new StringWriter();
        new RecordExporter(RecordExporter.Format.jsonl, "decision").export(store, jsonl);
        JsonNode row = Json.mapper().readTree(jsonl.toString().lines().findFirst().orElseThrow());
        assertEquals("Verslag AB", row.get("title").asText());
        assertEquals("minutes", row.get("kind").asText());
        assertEquals("Algemeen bestuur", row.get("body").asText());
    }

    @Test
    void rejectsUnknownTypeAndFormat() {
        assertThrows(IllegalArgumentException.class, () -> new RecordExporter(RecordExporter.Format.csv, "besluit"));
        assertThrows(IllegalArgumentException.class, () -> RecordExporter.format("xml"));
    }
}
