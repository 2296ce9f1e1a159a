package nl.gremium.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.SourceFile;
import nl.gremium.model.SourcePart;
import nl.gremium.parse.ParsedFile;
import nl.gremium.parse.ocr.Tesseract;
import nl.gremium.split.BundleSplitter;
import nl.gremium.split.Part;
import nl.gremium.store.ConfidentialityMarks;
import nl.gremium.store.DataLock;
import nl.gremium.store.DataStore;
import nl.gremium.store.Hashing;
import nl.gremium.tables.TableAnalyzer;
import nl.gremium.text.Progress;
import org.slf4j.LoggerFactory;

/**
 * Files → parsed → split → classified, described, segmented, tagged → stored in the data folder.
 * Unchanged files (same path, same SHA-256) are skipped; a changed file replaces its old documents (new ones are
 * written first, old ones deleted after, so a failure loses nothing); a file that fails is reported with its
 * reason and the batch goes on. Parsing runs in child JVMs ({@link ParserPool}, one per worker) with time and
 * memory limits; several files are parsed and analysed at once, a few files ahead of the one being stored.
 * Reuse one Ingestor for several runs to reuse its parser processes; close it when done.
 */
public final class Ingestor implements AutoCloseable {
    private static final DateTimeFormatter RUN_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * @param timeout  per-file parse limit
     * @param maxHeap  each parser process's heap (-Xmx)
     * @param progress where progress and nothing else goes (stderr), or null for silence
     * @param live     redraw one progress line (a terminal) instead of printing plain lines
     * @param workers  files parsed and analysed at once (parser processes and analysis threads)
     */
    public record Options(Duration timeout, String maxHeap, PrintStream progress, boolean live, int workers) {
        public Options {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1, got " + workers);
            }
        }

        public Options(Duration timeout, String maxHeap, PrintStream progress, boolean live) {
            this(timeout, maxHeap, progress, live, defaultWorkers());
        }

        public static Options defaults() {
            return new Options(Duration.ofSeconds(120), "768m", null, false);
        }

        /** One worker per core. */
        public static int defaultWorkers() {
            return Runtime.getRuntime().availableProcessors();
        }

        public Options withTimeout(Duration t) {
            return new Options(t, maxHeap, progress, live, workers);
        }

        public Options withProgress(PrintStream out, boolean isLive) {
            return new Options(timeout, maxHeap, out, isLive, workers);
        }

        public Options withWorkers(int n) {
            return new Options(timeout, maxHeap, progress, live, n);
        }
    }

    /** What happened to one file in a run (the run report lists these). */
    public record FileOutcome(String file, String status, String sha256, int pages, List<String> ids,
                              String sameAs, String reason) {}

    /**
     * The run report written to runs/. {@code seconds}: where the time went (parse = the parser process
     * round trips, of which tika and tables; stages = splitting, classification, metadata, segmentation,
     * tagging; write = JSON, registry and the copy of the original). Parse and stages are summed over the
     * workers, so with several workers they can exceed the total.
     */
    public record RunReport(Instant startedAt, IngestReport summary, Map<String, Double> seconds,
                            List<FileOutcome> files) {}

    private final DataStore store;
    private final Options options;
    private final ParserPool parsers;
    private final ExecutorService parseThreads;
    private final ExecutorService analysisThreads;
    private final ThreadLocal<BundleSplitter> splitter = ThreadLocal.withInitial(BundleSplitter::new);
    private final ThreadLocal<Analysis> analysis = ThreadLocal.withInitial(Analysis::new);
    private RunReport lastRun;
    /** Where another machine left its parse and analysis of files ({@link StagedFile}); null: all done here. */
    private volatile Path staging;

    public Ingestor(DataStore store) {
        this(store, Options.defaults());
    }

    public Ingestor(DataStore store, Options options) {
        this.store = store;
        this.options = options;
        this.parsers = new ParserPool(options.workers(), options.timeout(), options.maxHeap());
        this.parseThreads = WorkerThreads.fixed("gremium-parse", options.workers());
        this.analysisThreads = WorkerThreads.fixed("gremium-analyse", options.workers());
    }

    /**
     * Ingests files and folders (walked recursively, sorted, hidden files skipped), holding the data
     * folder's writer lock so another process's ingest or upload cannot overwrite the source registry. Files are
     * hashed in order; those that need it are parsed and analysed by the workers, several files at once and the
     * parse of one overlapping the analysis of another; results are stored one by one in input order, so a
     * run's outcome does not depend on timing.
     */
    public IngestReport ingest(List<Path> paths) {
        try (DataLock ignored = store.lock("ingest")) {
            return ingestLocked(paths);
        }
    }

    /**
     * As {@link #ingest(List)}, taking each file's parse and analysis from {@code staging} when another machine
     * left it there ({@link #stage}); a file without one is parsed here.
     */
    public IngestReport ingest(List<Path> paths, Path staging) {
        this.staging = staging;
        try {
            return ingest(paths);
        } finally {
            this.staging = null;
        }
    }

    /** The files under {@code paths} whose content is not stored yet: those a run would parse. */
    public List<Path> toAnalyse(List<Path> paths) {
        SourceRegistry registry = SourceRegistry.load(store);
        List<Path> out = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (Path file : walk(paths, new ArrayList<>())) {
            try {
                String sha = Hashing.sha256(file);
                if (needsParse(registry, file.toAbsolutePath().normalize().toString(), sha, planned)) {
                    out.add(file);
                }
            } catch (IOException e) {
                out.add(file); // the storing run reports it by name
            }
        }
        return out;
    }

    /**
     * Parses and analyses one file exactly as this run's workers would and leaves the result in {@code staging}
     * for the run that stores it (a Spark executor's share of {@code ingest --master}). Nothing is stored here.
     *
     * @return "ok", or what went wrong with the file
     */
    public String stage(Path file, Path staging) {
        Prepared hashed = hashed(file);
        if (hashed.readError() != null) {
            return hashed.readError(); // the storing run reads it again and reports it
        }
        String sha = hashed.sha();
        Prepared p = analyse(hashed, parsers.parse(file));
        ParserPool.Outcome parse = p.parse();
        ParsedFile parsed = parse.parsed();
        List<StagedFile.Piece> pieces = p.docs() == null ? null
                : p.docs().stream().map(d -> new StagedFile.Piece(d.doc(), d.place(), d.blocks())).toList();
        new StagedFile(sha, parse.failure() == null ? null : parse.failure().reason(),
                parse.failure() == null ? 0 : parse.failure().pagesNeedingOcr(), parse.nanos(),
                parse.timings() == null ? 0 : parse.timings().tikaMillis(), parse.timings() == null ? 0 : parse.timings().tablesMillis(),
                parsed == null ? null : parsed.source(), parsed == null ? 0 : parsed.ocrPages(),
                parsed == null ? 0 : parsed.pagesNeedingOcr(), parsed == null ? null : parsed.ocrNote(),
                pieces, p.error(), p.stagesNanos()).write(staging);
        return parse.failure() != null ? parse.failure().reason() : p.error() != null ? p.error() : "ok";
    }

    private IngestReport ingestLocked(List<Path> paths) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        List<Path> files = walk(paths, failures);
        long totalBytes = files.stream().mapToLong(Ingestor::sizeOf).sum();
        // the time left follows bytes: pages are known only after parsing, and files differ widely in size
        Progress progress = options.progress() == null ? Progress.silent()
                : options.live() ? Progress.live(options.progress(), "ingest", "files", "pages", files.size())
                : Progress.lines(options.progress()::println, "ingest", "files", "pages", files.size(),
                        Duration.ofSeconds(5));
        SourceRegistry registry = SourceRegistry.load(store);
        Run run = new Run(registry, ContentCatalog.load(store), failures);
        Set<String> planned = new HashSet<>();
        try {
            long[] bytesDone = {0};
            InOrder.run(files, 2 * options.workers() + 2, file -> start(file, registry, planned), prepared -> {
                progress.update(run.outcomes.size(), run.pages,
                        totalBytes > 0 ? (double) bytesDone[0] / totalBytes : -1,
                        prepared.file().getFileName().toString());
                try {
                    run.outcomes.add(ingestFile(prepared, run));
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    run.outcomes.add(fail(run, prepared.file().toString(), prepared.sha(), "ingest failed: " + e));
                }
                bytesDone[0] += prepared.size();
                progress.update(run.outcomes.size(), run.pages,
                        totalBytes > 0 ? (double) bytesDone[0] / totalBytes : -1, null);
            });
        } finally {
            progress.done();
        }
        if (!run.added.isEmpty() || !run.removed.isEmpty()) {
            MotionOutcomes.link(store); // a new decision list may record the outcome of a motion stored earlier
        }
        IngestReport report = new IngestReport(files.size(), run.added.size(), run.pages, run.unchanged,
                List.copyOf(failures), List.copyOf(run.added), List.copyOf(run.removed),
                (System.nanoTime() - start) / 1_000_000, run.ocrPages, run.pagesNeedingOcr, run.ocrNote);
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("total", report.elapsedMillis() / 1000.0);
        seconds.put("parse", run.parseNanos / 1e9);
        seconds.put("tika", run.tikaMillis / 1000.0);
        seconds.put("tables", run.tablesMillis / 1000.0);
        seconds.put("stages", run.stagesNanos / 1e9);
        seconds.put("write", run.writeNanos / 1e9);
        lastRun = new RunReport(startedAt, report, seconds, run.outcomes);
        store.writeJson(store.runsDir().resolve(RUN_NAME.format(startedAt) + "-ingest.json"), lastRun);
        return report;
    }

    /** The report of the last {@link #ingest} call, as written to runs/. */
    public RunReport lastRun() {
        return lastRun;
    }

    /** Mutable tallies of one run. */
    private static final class Run {
        final SourceRegistry registry;
        final ContentCatalog catalog;
        final List<Failure> failures;
        final List<String> added = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        final List<FileOutcome> outcomes = new ArrayList<>();
        int pages;
        int unchanged;
        int ocrPages;
        int pagesNeedingOcr;
        String ocrNote;
        long parseNanos;
        long tikaMillis;
        long tablesMillis;
        long stagesNanos;
        long writeNanos;

        Run(SourceRegistry registry, ContentCatalog catalog, List<Failure> failures) {
            this.registry = registry;
            this.catalog = catalog;
            this.failures = failures;
        }

        void needOcr(int pageCount, String why) {
            if (pageCount > 0) {
                pagesNeedingOcr += pageCount;
                ocrNote = why;
            }
        }
    }

    /**
     * A file hashed and, when it needs it, parsed and analysed ahead by the workers ({@code docs}, or the
     * {@code failure} of the parse, or the {@code error} of the analysis).
     */
    private record Prepared(Path file, long size, String sha, String readError, ParserPool.Outcome parse,
                            List<Piece> docs, String error, long stagesNanos) {
        boolean attempted() {
            return parse != null;
        }
    }

    /**
     * Hashes the file (on the calling thread, in input order) and, unless it is unchanged or its content is
     * already planned or stored, starts its parse and analysis on the workers.
     */
    private CompletableFuture<Prepared> start(Path file, SourceRegistry registry, Set<String> planned) {
        Prepared hashed = hashed(file);
        if (hashed.readError() != null) {
            return CompletableFuture.completedFuture(hashed);
        }
        String sha = hashed.sha();
        if (!needsParse(registry, file.toAbsolutePath().normalize().toString(), sha, planned)) {
            return CompletableFuture.completedFuture(hashed);   // decided when it is its turn to be stored
        }
        Path staged = staging == null ? null : StagedFile.at(staging, sha);
        if (staged != null && Files.isRegularFile(staged)) {
            return CompletableFuture.supplyAsync(() -> fromStaged(hashed, StagedFile.read(staged)), analysisThreads);
        }
        return CompletableFuture.supplyAsync(() -> parsers.parse(file), parseThreads)
                .thenApplyAsync(parse -> analyse(hashed, parse), analysisThreads);
    }

    /**
     * Whether a file's content must be parsed: not unchanged at this path, not planned earlier in the run, not
     * stored from another place. Records the content as planned.
     */
    private static boolean needsParse(SourceRegistry registry, String key, String sha, Set<String> planned) {
        boolean unchanged = registry.get(key).filter(e -> e.sha256().equals(sha) && !e.awaitsOcr()).isPresent();
        boolean known = !planned.add(sha) || registry.sameContent(sha, key).isPresent();
        return !unchanged && !known;
    }

    /** The file's size and content hash, or why it cannot be read. */
    private static Prepared hashed(Path file) {
        try {
            return new Prepared(file, Files.size(file), Hashing.sha256(file), null, null, null, null, 0);
        } catch (IOException e) {
            return new Prepared(file, 0, null, "cannot read file: " + e.getMessage(), null, null, null, 0);
        }
    }

    /** A file parsed and analysed elsewhere, as if the workers here had done it. */
    private static Prepared fromStaged(Prepared hashed, StagedFile st) {
        List<Piece> docs = st.pieces() == null ? null : st.pieces().stream()
                .map(x -> new Piece(x.doc(), x.place(), x.blocks(), ContentFingerprint.of(x.blocks()))).toList();
        return new Prepared(hashed.file(), hashed.size(), hashed.sha(), null, st.outcome(), docs, st.error(), st.stagesNanos());
    }

    private Prepared analyse(Prepared hashed, ParserPool.Outcome parse) {
        if (parse.parsed() == null) {
            return new Prepared(hashed.file(), hashed.size(), hashed.sha(), null, parse, null, null, 0);
        }
        long t0 = System.nanoTime();
        try {
            List<Piece> docs = documents(parse.parsed());
            return new Prepared(hashed.file(), hashed.size(), hashed.sha(), null, parse, docs, null,
                    System.nanoTime() - t0);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            logFault("analysing", hashed.file(), e);
            return new Prepared(hashed.file(), hashed.size(), hashed.sha(), null, parse, null,
                    "processing failed: " + e, System.nanoTime() - t0);
        }
    }

    private FileOutcome ingestFile(Prepared prepared, Run run) {
        Path file = prepared.file();
        String key = file.toAbsolutePath().normalize().toString();
        String shown = file.toString();
        if (prepared.readError() != null) {
            return fail(run, shown, null, prepared.readError());
        }
        String sha = prepared.sha();
        long size = prepared.size();
        Optional<SourceRegistry.Entry> old = run.registry.get(key);
        if (old.isPresent() && old.get().sha256().equals(sha) && !old.get().awaitsOcr() && allStored(old.get().ids())) {
            run.unchanged++;
            return new FileOutcome(shown, "unchanged", sha, 0, old.get().ids(), old.get().sameAs(), null);
        }
        Optional<Map.Entry<String, SourceRegistry.Entry>> same = run.registry.sameContent(sha, key)
                .filter(e -> !e.getValue().ids().isEmpty() && allStored(e.getValue().ids()));
        if (same.isPresent()) {
            List<String> ids = same.get().getValue().ids();
            run.registry.put(key, new SourceRegistry.Entry(sha, size, ids, same.get().getKey(), Instant.now(),
                    same.get().getValue().needOcr()));
            removeUnreferenced(old, key, run);
            ids.forEach(id -> alsoAt(id, sha, file, key));
            run.registry.save();
            run.unchanged++;
            return new FileOutcome(shown, "same-content", sha, 0, ids, same.get().getKey(), null);
        }
        // not started ahead (its content looked known or unchanged, but its documents are gone): do it now
        Prepared result = prepared.attempted() ? prepared : analyse(prepared, parsers.parse(file));
        ParserPool.Outcome parse = result.parse();
        run.parseNanos += parse.nanos();
        if (parse.failure() != null) {
            run.needOcr(parse.failure().pagesNeedingOcr(), Tesseract.INSTALL_HINT);
            return fail(run, shown, sha, parse.failure().reason());
        }
        ParsedFile parsed = parse.parsed();
        run.ocrPages += parsed.ocrPages();
        run.needOcr(parsed.pagesNeedingOcr(), parsed.ocrNote());
        run.tikaMillis += parse.timings().tikaMillis();
        run.tablesMillis += parse.timings().tablesMillis();
        run.stagesNanos += result.stagesNanos();
        if (result.error() != null) {
            return fail(run, shown, sha, result.error());
        }
        List<String> written = new ArrayList<>();
        try {
            long t1 = System.nanoTime();
            List<LogicalDocument> docs = stored(result.docs(), run.catalog,
                    old.map(SourceRegistry.Entry::ids).orElse(List.of()));
            long t2 = System.nanoTime();
            run.stagesNanos += t2 - t1;
            ConfidentialityMarks marks = new ConfidentialityMarks(store);
            Map<String, Boolean> marked = marks.latest(); // the secretariat's marks outlive re-analysis
            for (LogicalDocument doc : docs) {
                store.write(marks.apply(doc, marked));
                written.add(doc.id());
            }
            run.writeNanos += System.nanoTime() - t2;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            logFault("storing the documents of", file, e);
            written.stream().filter(id -> !run.registry.referenced(id)).forEach(store::delete);
            return fail(run, shown, sha, "processing failed: " + e);
        }
        long t3 = System.nanoTime();
        run.registry.put(key, new SourceRegistry.Entry(sha, size, written, null, Instant.now(),
                parsed.pagesNeedingOcr()));
        removeUnreferenced(old, key, run);
        written.forEach(id -> store.read(id).ifPresent(run.catalog::put));
        run.catalog.save();
        run.registry.save();
        keepOriginal(file, sha);
        run.writeNanos += System.nanoTime() - t3;
        written.stream().filter(id -> !run.added.contains(id)).forEach(run.added::add); // a document found twice counts once
        run.pages += parsed.source().pageCount();
        return new FileOutcome(shown, old.isPresent() ? "replaced" : "added", sha, parsed.source().pageCount(),
                written, null, null);
    }

    /** One analysed part of a file, with the blocks it came from and their fingerprint (null for too little text). */
    private record Piece(LogicalDocument doc, SourcePart place, List<Block> blocks, ContentFingerprint print) {}

    /**
     * The stages after parsing, for each logical document of the file (on the calling worker's own analysers),
     * each under the id of its own file and part; {@link #stored} then matches it against what is stored.
     */
    private List<Piece> documents(ParsedFile parsed) {
        List<Part> parts = splitter.get().split(parsed);
        List<Piece> docs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            // tables were numbered over the whole file; each logical document counts its own from t1
            List<Block> blocks = parts.size() > 1 ? TableAnalyzer.renumber(part.blocks()) : part.blocks();
            LogicalDocument doc = analysis.get().analyse(LogicalDocument.idFor(parsed.source().sha256(), i + 1),
                    parsed.source(), i + 1, part.pageStart(), part.pageEnd(), blocks);
            docs.add(new Piece(doc, new SourcePart(parsed.source(), i + 1, part.pageStart(), part.pageEnd()), blocks,
                    ContentFingerprint.of(blocks)));
        }
        return docs;
    }

    /**
     * The documents to store for a file's parts, decided on the storing thread in input order (so an earlier file
     * of the same run is already in the catalog). A part whose text is already stored (the same document on its
     * own, inside a bundle, in another format) becomes that document, under its id, with this place added to its
     * sources (record ids are anchored in the document id and the text, so statuses stay).
     */
    private List<LogicalDocument> stored(List<Piece> pieces, ContentCatalog catalog, List<String> ownOld) {
        List<LogicalDocument> docs = new ArrayList<>();
        List<String> own = new ArrayList<>(ownOld);
        for (Piece piece : pieces) {
            SourcePart here = piece.place();
            Optional<LogicalDocument> stored = catalog.candidates(piece.print(), own).stream()
                    .map(store::read).flatMap(Optional::stream)
                    .filter(d -> ContentFingerprint.overlap(piece.blocks(), d.blocks()) >= ContentCatalog.SAME_DOCUMENT)
                    .findFirst();
            LogicalDocument doc;
            if (stored.isEmpty()) {
                doc = piece.doc();
            } else if ((here.wholeFile() || !stored.get().location().wholeFile())
                    && !(voted(stored.get()) && !voted(piece.doc()))) {
                // the newer text wins (a re-issued version), except that a bundle part never replaces the file itself and
                // a motion's copy as submitted never replaces its copy stamped with the vote
                doc = analysis.get().analyse(stored.get().id(), here.source(), here.part(), here.pageStart(),
                        here.pageEnd(), piece.blocks()).withAlsoIn(stored.get().locations());
            } else {
                List<SourcePart> places = new ArrayList<>(stored.get().alsoIn());
                places.add(here);
                doc = stored.get().withAlsoIn(places);
            }
            own.add(doc.id());
            docs.add(doc);
        }
        return docs;
    }

    /** A motion or amendment whose text carries the outcome of its vote (a stamp, the clerk's result line). */
    private static boolean voted(LogicalDocument doc) {
        return doc.tags() != null && doc.tags().motions().stream().anyMatch(m -> m.outcome() != null);
    }

    /** The same file found under another path: its documents list that path too. */
    private void alsoAt(String id, String sha, Path file, String key) {
        store.read(id).ifPresent(doc -> {
            List<SourcePart> places = new ArrayList<>(doc.alsoIn());
            doc.locations().stream().filter(p -> p.source() != null && sha.equals(p.source().sha256())).findFirst()
                    .ifPresent(p -> places.add(new SourcePart(new SourceFile(key, file.getFileName().toString(), sha,
                            p.source().size(), p.source().mediaType(), p.source().pageCount()), p.part(), p.pageStart(),
                            p.pageEnd())));
            store.write(doc.withAlsoIn(places));
        });
    }

    /**
     * The documents of a path's previous version: deleted when no path refers to them any more, else the path is
     * taken off their sources (when it was their own source, the next place takes over).
     */
    private void removeUnreferenced(Optional<SourceRegistry.Entry> old, String key, Run run) {
        old.ifPresent(o -> o.ids().forEach(id -> {
            if (!run.registry.referenced(id)) {
                store.delete(id);
                run.catalog.remove(id);
                run.removed.add(id);
            } else {
                store.read(id).ifPresent(doc -> store.write(without(doc, key, o.sha256())));
            }
        }));
    }

    private static LogicalDocument without(LogicalDocument doc, String path, String sha) {
        List<SourcePart> kept = doc.locations().stream()
                .filter(p -> p.source() == null || !(path.equals(p.source().path()) && sha.equals(p.source().sha256())))
                .toList();
        if (kept.isEmpty() || kept.get(0).equals(doc.location())) {
            return doc.withAlsoIn(kept);
        }
        return doc.at(kept.get(0)).withAlsoIn(kept);
    }

    /** Every document is stored and reads back whole: a damaged one makes its source count as changed. */
    private boolean allStored(List<String> ids) {
        return ids.stream().allMatch(store::intact);
    }

    /**
     * Our own fault (a stage's exception) goes to the data folder's log with its stack, for whoever fixes it; the
     * terminal gets the one line of the failure. The logger is looked up here, not at class load: the command
     * chooses the log file before the first logger is made.
     */
    private static void logFault(String what, Path file, Throwable e) {
        LoggerFactory.getLogger(Ingestor.class).error("{} {} failed", what, file, e);
    }

    private FileOutcome fail(Run run, String shown, String sha, String reason) {
        run.failures.add(new Failure(shown, reason));
        return new FileOutcome(shown, "failed", sha, 0, List.of(), null, reason);
    }

    /** A copy of the original under its hash, for the web UI to serve. */
    private void keepOriginal(Path file, String sha) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        Path target = store.filesDir().resolve(sha + ext);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ext);
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " into " + store.filesDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Regular files under the given paths, each folder sorted. Inside folders, hidden files, Office lock files
     * (~$…) and a folder's own README are skipped: they describe the folder, they are not board documents.
     * A file named explicitly is always taken.
     */
    public static List<Path> walk(List<Path> paths, List<Failure> failures) {
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> code = codeFolders(p);
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> p.relativize(f).toString().isEmpty() || !hidden(p.relativize(f)))
                            .filter(f -> code.stream().noneMatch(f::startsWith))
                            .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                            .sorted()
                            .forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
                } catch (IOException e) {
                    failures.add(new Failure(p.toString(), "cannot read folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                files.putIfAbsent(p.toAbsolutePath().normalize(), p);
            } else {
                failures.add(new Failure(p.toString(), Files.exists(p) ? "not a regular file" : "no such file or folder"));
            }
        }
        return List.copyOf(files.values());
    }

    /**
     * Sub-folders that hold a program's build (a pom.xml, build.gradle or package.json: its sources and
     * compiled classes), such as the samples generator inside samples/: code, not board documents.
     */
    private static List<Path> codeFolders(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> Set.of("pom.xml", "build.gradle", "package.json").contains(f.getFileName().toString()))
                    .map(Path::getParent).filter(d -> !d.equals(root)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
        analysisThreads.shutdownNow();
        parsers.close();
    }
}
