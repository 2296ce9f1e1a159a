package nl.gremium.parse;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.gremium.model.Block;

/**
 * The class path a parse worker starts with: only the jars of the ingest module's runtime closure (listed at
 * build time in {@code worker-classpath.txt}, names without versions) and the ingest code itself, out of the
 * launching process's class path. A hostile file then meets Tika and PDFBox in the worker, not Spark, Javalin,
 * the account store or anything else the CLI or the server carries. Folders (a build's {@code target/classes})
 * are kept: they are module outputs, not third-party libraries.
 */
final class WorkerClassPath {
    private WorkerClassPath() {}

    static final String LIST = "worker-classpath.txt";

    /** The worker's class path out of {@code launching} (a {@code java.class.path} value). */
    static String of(String launching) {
        Set<String> artifacts = artifacts();
        if (artifacts.isEmpty()) {
            return launching; // no list in this build: nothing to filter by
        }
        // the ingest code and the model it fills: jars of Gremium's own (on a Spark worker, or from a packaged
        // CLI) are not in the list, which names the build's third-party artifacts and module folders
        // (compared as real paths: a class path of links, as a Spark worker's jars folder, loads from their targets)
        Set<String> own = Set.copyOf(List.of(real(location(WorkerClassPath.class)), real(location(Block.class))));
        List<String> kept = new ArrayList<>();
        for (String entry : launching.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry);
            if (own.contains(real(entry)) || Files.isDirectory(p) || listed(p.getFileName().toString(), artifacts)) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    /** "tika-core-3.3.1.jar" is listed as "tika-core": the name, a hyphen, then a version that starts with a digit. */
    static boolean listed(String jarName, Set<String> artifacts) {
        if (!jarName.endsWith(".jar")) {
            return false;
        }
        for (int i = jarName.indexOf('-'); i > 0; i = jarName.indexOf('-', i + 1)) {
            if (i + 1 < jarName.length() && Character.isDigit(jarName.charAt(i + 1)) && artifacts.contains(jarName.substring(0, i))) {
                return true;
            }
        }
        return artifacts.contains(jarName.substring(0, jarName.length() - ".jar".length()));
    }

    /** Artifact names of the list (empty when the build wrote none). */
    static Set<String> artifacts() {
        try (InputStream in = WorkerClassPath.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> names = new LinkedHashSet<>();
            for (String e : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(":")) {
                String name = e.substring(e.lastIndexOf('/') + 1);
                if (name.endsWith(".jar")) {
                    names.add(name.substring(0, name.length() - ".jar".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar or folder this class was loaded from (the ingest module itself). */
    private static String real(String path) {
        try {
            return path.isEmpty() ? path : Path.of(path).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    private static String location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        try {
            return source == null ? "" : Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
