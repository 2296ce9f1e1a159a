package nl.gremium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gremium.eval.CorpusRun;
import nl.gremium.model.LogicalDocument;

/** A folder of files ingested with the real pipeline, indexed, and open for search: the fixture of a test class. */
record IngestedFolder(CorpusRun run, SearchService search) implements AutoCloseable {

    /** Ingests the files of {@code folder} whose names pass {@code keep} (copied into {@code tmp}). */
    static IngestedFolder of(Path folder, Predicate<String> keep, Path tmp) {
        try {
            Path files = Files.createDirectories(tmp.resolve("files"));
            try (Stream<Path> s = Files.list(folder)) {
                for (Path f : s.filter(p -> keep.test(p.getFileName().toString())).toList()) {
                    Files.copy(f, files.resolve(f.getFileName()));
                }
            }
            CorpusRun run = CorpusRun.ingest(files, tmp.resolve("data"));
            Indexer.Report r = Indexer.update(run.store(), Indexer.Progress.NONE);
            if (!r.failures().isEmpty()) {
                throw new IllegalStateException("indexing failed: " + r.failures());
            }
            return new IngestedFolder(run, SearchService.open(run.store()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the logical documents from files whose names start with {@code prefix}. */
    Set<String> idsOf(String prefix) {
        return run.byFile().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .flatMap(e -> e.getValue().stream()).map(LogicalDocument::id).collect(Collectors.toSet());
    }

    List<SearchResult.Hit> top3(SearchQuery q) {
        return search.search(q.withPage(1, 3)).hits();
    }

    static String describe(List<SearchResult.Hit> hits) {
        return hits.stream().map(h -> h.type() + " " + h.docId() + " " + h.title() + ": " + h.snippet())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        search.close();
    }
}
