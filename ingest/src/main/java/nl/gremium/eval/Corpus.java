package nl.gremium.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the development corpus ({@code shared/corpus} beside the repository) and the project's
 * {@code samples/} folder, from wherever a test or command runs (repository root or a module folder).
 * {@code GREMIUM_CORPUS} overrides the corpus location.
 */
public final class Corpus {
    private Corpus() {}

    /** The corpus folder (holding manifest.json, files/, gold/), if present. */
    public static Optional<Path> locate() {
        String env = System.getenv("GREMIUM_CORPUS");
        if (env != null && Files.isRegularFile(Path.of(env, "manifest.json"))) {
            return Optional.of(Path.of(env).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isRegularFile(candidate.resolve("manifest.json"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** The repository's samples/ folder. */
    public static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("DEVELOPERS.md")) && Files.isDirectory(dir.resolve("samples"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }
}
