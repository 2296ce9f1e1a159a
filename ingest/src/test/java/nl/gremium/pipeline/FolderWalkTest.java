package nl.gremium.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkTest {
    @Test
    void foldersYieldDocumentsButNotTheirReadmeHiddenOrLockFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b-brief.txt"), "x");
        Files.writeString(dir.resolve("a-agenda.txt"), "x");
        Files.writeString(dir.resolve("README.md"), "x");
        Files.writeString(dir.resolve("~$verslag.docx"), "x");
        Files.createDirectories(dir.resolve(".meta"));
        Files.writeString(dir.resolve(".meta/gold.json"), "x");
        List<Failure> failures = new ArrayList<>();

        List<Path> files = Ingestor.walk(List.of(dir), failures);

        assertEquals(List.of("a-agenda.txt", "b-brief.txt"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        assertEquals(List.of(), failures);
    }

    @Test
    void aProgramsBuildFolderInsideIsCodeNotDocuments(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("verslag.txt"), "x");
        Path generator = Files.createDirectories(dir.resolve("generator/src/main/java"));
        Files.writeString(dir.resolve("generator/pom.xml"), "<project/>");
        Files.writeString(generator.resolve("Gen.java"), "class Gen {}");
        Files.createDirectories(dir.resolve("generator/target"));
        Files.writeString(dir.resolve("generator/target/Gen.class"), "x");

        assertEquals(List.of("verslag.txt"), Ingestor.walk(List.of(dir), new ArrayList<>()).stream()
                .map(f -> f.getFileName().toString()).toList());
    }

    @Test
    void aReadmeNamedExplicitlyIsTaken(@TempDir Path dir) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "x");
        assertEquals(List.of(readme), Ingestor.walk(List.of(readme), new ArrayList<>()));
    }
}
