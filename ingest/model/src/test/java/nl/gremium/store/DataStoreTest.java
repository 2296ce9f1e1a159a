package nl.gremium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.DocKind;
import nl.gremium.model.LogicalDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataStoreTest {
    @TempDir
    Path dir;

    @Test
    void aTruncatedDocumentIsReportedByNameAndSkipped() throws Exception {
        DataStore store = new DataStore(dir);
        Files.createDirectories(store.docsDir());
        store.write(new LogicalDocument("good", null, 1, 1, 1, DocKind.other, null,
                List.of(Block.paragraph("Het bestuur besluit.", 1)), List.of(), null));
        Files.writeString(store.docPath("torn"), "{\"id\":\"torn\",\"blocks\":[{\"text\":\"Het besl");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, store.documents().size());
        } finally {
            System.setErr(err);
        }
        String warning = captured.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains("torn.json"), warning);
        assertFalse(warning.contains(dir.toString()), "no server paths in the warning: " + warning);
        assertTrue(store.intact("good"));
        assertFalse(store.intact("torn"));
        assertFalse(store.intact("missing"));
    }
}
