package nl.gremium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped --data fails naming the folder for the commands that only read an archive. */
class DataOptionTest {
    @TempDir
    Path dir;

    private static String errorOf(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.run(args), String.join(" ", args));
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = dir.resolve("dat");
        for (String command : new String[] {"search", "export", "serve"}) {
            String[] args = switch (command) {
                case "search" -> new String[] {command, "--data", missing.toString(), "begroting"};
                case "export" -> new String[] {command, "--data", missing.toString(), "--format", "csv"};
                default -> new String[] {command, "--data", missing.toString()};
            };
            String err = errorOf(args);
            assertTrue(err.contains(missing.toString()) && err.contains("does not exist"), command + ": " + err);
        }
        assertTrue(Files.notExists(missing), "nothing was created");
    }

    @Test
    void folderWithoutGremiumDataIsNamed() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not an archive");
        String err = errorOf("search", "--data", dir.toString(), "begroting");
        assertTrue(err.contains(dir.toString()) && err.contains("holds no Gremium data"), err);
    }

    @Test
    void anArchiveIsAccepted() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        DataOption d = new DataOption();
        d.data = dir;
        assertEquals(dir.toAbsolutePath().normalize(), d.existing().root());
    }
}
