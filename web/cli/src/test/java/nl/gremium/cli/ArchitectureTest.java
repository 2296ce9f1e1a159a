package nl.gremium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module graph of docs/ARCHITECTURE.md, checked on the sources and POMs: each module's main code
 * imports only the packages of the modules it may use, the packages of the ingest module import each
 * other without cycles, and Spark's module reaches no parser library through its POMs.
 */
class ArchitectureTest {
    /** Module folder → the modules its main code may use (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("ingest/model", Set.of()),
            Map.entry("ingest/test-support", Set.of("ingest/model")),
            Map.entry("ingest", Set.of("ingest/model")),
            Map.entry("ingest/eval", Set.of("ingest", "ingest/model", "ingest/test-support")),
            Map.entry("samples/generator", Set.of("ingest/model")),
            Map.entry("index", Set.of("ingest/model")),
            Map.entry("index/bench", Set.of("index", "ingest/model", "ingest/test-support")),
            Map.entry("analytics", Set.of("ingest/model")),
            Map.entry("analytics/bench", Set.of("analytics", "ingest/model")),
            Map.entry("web/access", Set.of("ingest/model")),
            Map.entry("web", Set.of("ingest/model", "ingest", "index", "analytics", "web/access")),
            Map.entry("web/cli", Set.of("ingest/model", "ingest", "ingest/eval", "ingest/test-support",
                    "samples/generator", "index", "index/bench", "analytics", "analytics/bench", "web/access", "web")));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(nl\\.gremium\\.[\\w.]+)\\.[A-Z]\\w*", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern PARSER_LIBS = Pattern.compile(
            "<groupId>(org\\.apache\\.tika|org\\.apache\\.poi|org\\.apache\\.pdfbox|org\\.apache\\.opennlp)</groupId>");

    private final Path root = repositoryRoot();

    @Test
    void everyModuleFolderIsInTheTableAndInTheParentPom() throws IOException {
        String parent = Files.readString(root.resolve("pom.xml"));
        for (String module : ALLOWED.keySet()) {
            assertTrue(parent.contains("<module>" + module + "</module>"), module + " is a module of the parent POM");
            assertTrue(Files.isRegularFile(root.resolve(module).resolve("pom.xml")), module + "/pom.xml");
        }
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        while (m.find()) {
            assertTrue(ALLOWED.containsKey(m.group(1)), m.group(1) + " needs a row in ArchitectureTest.ALLOWED");
        }
    }

    @Test
    void mainCodeImportsOnlyWhatItsModuleMayUse() {
        Map<String, String> owner = packageOwners();
        List<String> violations = new ArrayList<>();
        for (String module : ALLOWED.keySet()) {
            for (Path file : javaFiles(module)) {
                Matcher m = IMPORT.matcher(read(file));
                while (m.find()) {
                    String used = owner.get(m.group(1));
                    if (used != null && !used.equals(module) && !ALLOWED.get(module).contains(used)) {
                        violations.add(root.relativize(file) + " imports " + m.group(1) + " of " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theIngestPackagesHaveNoCycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String module : List.of("ingest", "ingest/model")) {
            for (Path file : javaFiles(module)) {
                String text = read(file);
                Matcher p = PACKAGE.matcher(text);
                String from = p.find() ? p.group(1) : "";
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            for (String next : graph.get(start)) {
                if (reaches(graph, next, start, new TreeSet<>())) {
                    cycles.add(start + " → " + next + " → … → " + start);
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void analyticsAndIndexReachNoParserLibraryThroughTheirPoms() {
        for (String module : List.of("analytics", "index", "ingest/model")) {
            for (String reached : compileClosure(module)) {
                assertFalse(PARSER_LIBS.matcher(read(root.resolve(reached).resolve("pom.xml"))).find(),
                        module + " reaches " + reached + ", which declares a parser library");
            }
        }
    }

    /** The module itself and every nl.gremium module it depends on at compile scope, transitively. */
    private Set<String> compileClosure(String module) {
        Map<String, String> byArtifact = new TreeMap<>();
        for (String m : ALLOWED.keySet()) {
            Matcher a = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>")
                    .matcher(read(root.resolve(m).resolve("pom.xml")));
            if (a.find()) {
                byArtifact.put(a.group(1), m);
            }
        }
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(module));
        while (!todo.isEmpty()) {
            String m = todo.remove(todo.size() - 1);
            if (!seen.add(m)) {
                continue;
            }
            Matcher d = Pattern.compile("<dependency>\\s*<groupId>nl\\.gremium</groupId>\\s*<artifactId>([^<]+)</artifactId>"
                    + "(\\s*<scope>(\\w+)</scope>)?").matcher(read(root.resolve(m).resolve("pom.xml")));
            while (d.find()) {
                String scope = d.group(3);
                if ((scope == null || scope.equals("compile")) && byArtifact.containsKey(d.group(1))) {
                    todo.add(byArtifact.get(d.group(1)));
                }
            }
        }
        return seen;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Package → the module whose main code declares it. */
    private Map<String, String> packageOwners() {
        Map<String, String> owner = new TreeMap<>();
        for (String module : ALLOWED.keySet()) {
            for (Path file : javaFiles(module)) {
                Matcher p = PACKAGE.matcher(read(file));
                if (p.find()) {
                    String previous = owner.put(p.group(1), module);
                    assertTrue(previous == null || previous.equals(module),
                            "package " + p.group(1) + " is split over " + previous + " and " + module);
                }
            }
        }
        return owner;
    }

    private List<Path> javaFiles(String module) {
        Path src = root.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(src)) {
            return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("DEVELOPERS.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (DEVELOPERS.md) not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
