package nl.gremium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerClassPathTest {

    @Test
    void theBuildListsTheParsersAndNotTheServerOrSpark() {
        Set<String> artifacts = WorkerClassPath.artifacts();
        assertTrue(artifacts.contains("tika-core") && artifacts.contains("pdfbox") && artifacts.contains("gremium-model"),
                "the ingest closure: " + artifacts);
        assertFalse(artifacts.stream().anyMatch(a -> a.startsWith("spark-") || a.startsWith("javalin")
                || a.startsWith("lucene-core") || a.startsWith("password4j")), "nothing of the other modules: " + artifacts);
    }

    @Test
    void aLaunchingClassPathKeepsModuleFoldersAndListedJarsOnly(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        String launching = String.join(File.pathSeparator, List.of(
                classes.toString(), "/opt/gremium/lib/tika-core-3.3.1.jar", "/opt/gremium/lib/gremium-model-0.1.0-SNAPSHOT.jar",
                "/opt/gremium/lib/spark-core_2.13-4.0.1.jar", "/opt/gremium/lib/javalin-6.7.0.jar", "/opt/gremium/gremium.jar"));
        assertEquals(List.of(classes.toString(), "/opt/gremium/lib/tika-core-3.3.1.jar", "/opt/gremium/lib/gremium-model-0.1.0-SNAPSHOT.jar"),
                List.of(WorkerClassPath.of(launching).split(File.pathSeparator)));
    }

    @Test
    void aJarIsListedByItsNameBeforeTheVersion() {
        Set<String> names = Set.of("tika-parser-pdf-module", "commons-io");
        assertTrue(WorkerClassPath.listed("tika-parser-pdf-module-3.3.1.jar", names));
        assertTrue(WorkerClassPath.listed("commons-io-2.20.0.jar", names));
        assertFalse(WorkerClassPath.listed("tika-parser-pdf-module-extra-3.3.1.jar", names), "another artifact");
        assertFalse(WorkerClassPath.listed("commons-io.txt", names));
    }
}
