package nl.gremium.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.gremium.analytics.Analytics;
import nl.gremium.analytics.FollowUpEvaluation;
import nl.gremium.eval.CorpusRun;
import nl.gremium.eval.FundingEvaluation;
import nl.gremium.eval.GoldSetEvaluation;
import nl.gremium.eval.StructureEvaluation;
import nl.gremium.eval.TableEvaluation;
import nl.gremium.eval.TagEvaluation;
import nl.gremium.fixtures.Corpus;
import nl.gremium.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the pipeline against the development corpus: ingests {@code corpus/files} once with the real
 * pipeline, then prints each section's numbers. Sections are independent; add one by registering it in
 * {@link #sections()}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Ingest a gold set (default the development corpus) and print quality against its gold labels"
                + " (splitting, classification, agenda items, metadata; tags; tables; funding facts; records by the"
                + " real-document conventions: P/R/F1 per type, outcomes, addressees, kinds, tables, per family; follow-up evidence"
                + " links and statuses against the follow-up gold, --only followup, with --samples for samples/)."
                + " A real-document set such as ../shared/corpus-real gets the records section.")
final class EvalCommand implements Callable<Integer> {

    /** One evaluation section: reads the corpus gold and the ingested documents, prints its numbers. */
    interface Section {
        void run(Path corpus, CorpusRun run, PrintStream out);
    }

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Corpus folder with manifest.json, files/, gold/ (default: ../shared/corpus or $GREMIUM_CORPUS).")
    Path corpus;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder to ingest the corpus into (default: a fresh temporary folder, so your own"
                    + " data folder is left alone; an existing folder is reused and unchanged files are skipped).")
    Path data;

    @Option(names = "--samples",
            description = "Measure samples/ (our own documents) instead of a corpus; only the follow-up section has gold for them.")
    boolean samples;

    @Option(names = "--only", split = ",", paramLabel = "SECTION",
            description = "Sections to run, comma-separated: ${COMPLETION-CANDIDATES} (default: all).",
            completionCandidates = SectionNames.class)
    List<String> only;

    static Map<String, Section> sections() {
        Map<String, Section> s = new LinkedHashMap<>();
        s.put("structure", (corpus, run, out) -> StructureEvaluation.of(corpus, run).print(out));
        s.put("tags", (corpus, run, out) -> {
            // tagged afresh, so a reused --data folder measures the current taggers, not stored tags
            long start = System.nanoTime();
            var docs = TagEvaluation.retagged(run.byFile());
            long ms = (System.nanoTime() - start) / 1_000_000;
            int n = docs.values().stream().mapToInt(List::size).sum();
            int pages = docs.values().stream().flatMap(List::stream)
                    .mapToInt(d -> d.pageEnd() - d.pageStart() + 1).sum();
            out.printf(Locale.ROOT, "tagging: %d documents, %d pages in %d ms (%.0f pages/s, models loaded)%n",
                    n, pages, ms, pages * 1000.0 / Math.max(1, ms));
            TagEvaluation.evaluate(corpus, docs).print(out);
            out.println();
            out.print("bundle PDF, parts paired with the documents in manifest order: ");
            TagEvaluation.evaluateBundle(corpus, docs).ifPresentOrElse(r -> {
                out.println();
                r.print(out);
            }, () -> out.println("not scored (bundle not ingested or split into another number of parts)"));
        });
        s.put("tables", (corpus, run, out) -> TableEvaluation.of(corpus, run).print(out));
        s.put("funding", (corpus, run, out) -> FundingEvaluation.of(corpus, run).print(out));
        s.put("records", (corpus, run, out) -> GoldSetEvaluation.evaluate(corpus, TagEvaluation.retagged(run.byFile()))
                .print(out));
        s.put(FOLLOWUP, (corpus, run, out) -> followUp(corpus, run).print(out));
        return s;
    }

    static final String FOLLOWUP = "followup";

    /**
     * Runs the analytics (Spark, embedded) over the ingested folder and measures the follow-up against the gold
     * in the repository: the samples' gold for samples/, the corpus's gold otherwise.
     */
    static FollowUpEvaluation.Result followUp(Path corpus, CorpusRun run) {
        Analytics.run(run.store(), "local[2]", null, line -> { });
        boolean samples = corpus.toAbsolutePath().normalize().equals(Corpus.samples().toAbsolutePath().normalize());
        return FollowUpEvaluation.evaluate(samples ? FollowUpEvaluation.SAMPLES : FollowUpEvaluation.CORPUS, run.store());
    }

    /**
     * A set of real documents as published (manifest.json with documents, gold/; no bundle_pdf): only the
     * sections its gold supports, scored by its own conventions.
     */
    static boolean realDocumentSet(Path dir) {
        try {
            return !Json.mapper().readTree(Files.readString(dir.resolve("manifest.json"))).has("bundle_pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(dir + "/manifest.json: " + e.getMessage(), e);
        }
    }

    static final class SectionNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return sections().keySet().iterator();
        }
    }

    @Override
    public Integer call() {
        if (samples) {
            if (only != null && !only.equals(List.of(FOLLOWUP))) {
                throw new IllegalArgumentException("samples/ has gold for the follow-up section only (--only " + FOLLOWUP + ")");
            }
            Path dir = Corpus.samples();
            CorpusRun run = CorpusRun.ingest(dir, data);
            run.report().summary().forEach(System.out::println);
            System.out.println();
            followUp(dir, run).print(System.out);
            return 0;
        }
        Path dir = corpus != null ? corpus : Corpus.locate().orElseThrow(() -> new IllegalStateException(
                "no corpus found (looked for ../shared/corpus; pass --corpus DIR or set GREMIUM_CORPUS)"));
        if (!Files.isRegularFile(dir.resolve("manifest.json")) || !Files.isDirectory(dir.resolve("files"))) {
            throw new IllegalStateException(dir + " is not a corpus folder (needs manifest.json and files/)");
        }
        Map<String, Section> all = sections();
        List<String> chosen = only != null && !only.isEmpty() ? only
                : realDocumentSet(dir) ? List.of("records") : List.copyOf(all.keySet());
        for (String name : chosen) {
            if (!all.containsKey(name)) {
                throw new IllegalArgumentException("unknown section '" + name + "' (known: " + String.join(", ", all.keySet()) + ")");
            }
        }
        CorpusRun run = CorpusRun.ingest(dir.resolve("files"), data);
        run.report().summary().forEach(System.out::println);
        for (String name : chosen) {
            System.out.println();
            all.get(name).run(dir, run, System.out);
        }
        return 0;
    }
}
