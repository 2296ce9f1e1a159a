package nl.gremium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gremium.fixtures.Corpus;
import nl.gremium.samples.SamplesGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCommandTest {

    @Test
    void writesTheSamplesIdenticalToTheCommittedOnes(@TempDir Path out) throws Exception {
        assertEquals(0, Main.run("samples", "--out", out.toString()));
        Path committed = Corpus.samples();
        for (String name : new String[] {SamplesGenerator.BUNDLE, SamplesGenerator.MANIFEST, "verslag-ab-2025-04-02.docx"}) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
            assertEquals(-1L, Files.mismatch(out.resolve(name), committed.resolve(name)), name + " differs from samples/");
        }
    }

    @Test
    void anUnwritableFolderFailsWithTheReason(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.run("samples", "--out", file.resolve("sub").toString()));
        } finally {
            System.setErr(err);
        }
        String message = captured.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("gremium samples: ") && message.contains("not-a-folder"), message);
    }
}
