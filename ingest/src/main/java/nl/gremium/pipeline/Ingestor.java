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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.parse.DocumentParser;
import nl.gremium.parse.ParseFailure;
import nl.gremium.parse.ParsedFile;
import nl.gremium.parse.ocr.Tesseract;
import nl.gremium.parse.ParserWorker;
import nl.gremium.parse.TikaDocumentParser;
import nl.gremium.split.BundleSplitter;
import nl.gremium.split.Part;
import nl.gremium.store.DataStore;
import nl.gremium.store.Hashing;
import nl.gremium.tables.TableAnalyzer;

/**
 * Files → parsed → split → classified, described, segmented, tagged → stored in the data folder.
 * Unchanged files (same path, same SHA-256) are skipped; a changed file replaces its old documents (new ones are
 * written first, old ones deleted after, so a failure loses nothing); a file that fails is reported with its
 * reason and the batch goes on. Parsing runs in a child JVM ({@link ParserWorker}) with time and memory limits,
 * one file ahead of the other stages.
 * Reuse one Ingestor for several runs to reuse its parser process; close it when done.
 */
public final class Ingestor implements AutoCloseable {
    private static final DateTimeFormatter RUN_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /**
     * @param timeout  per-file parse limit
     * @param maxHeap  the parser process's heap (-Xmx)
     * @param progress where progress and nothing else goes (stderr), or null for silence
     * @param live     redraw one progress line (a terminal) instead of printing plain lines
     */
    public record Options(Duration timeout, String maxHeap, PrintStream progress, boolean live) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(120), "768m", null, false);
        }

        public Options withTimeout(Duration t) {
            return new Options(t, maxHeap, progress, live);
        }

        public Options withProgress(PrintStream out, boolean isLive) {
            return new Options(timeout, maxHeap, out, isLive);
        }
    }

    /** What happened to one file in a run (the run report lists these). */
    public record FileOutcome(String file, String status, String sha256, int pages, List<String> ids,
                              String sameAs, String reason) {}

    /**
     * The run report written to runs/. {@code seconds}: where the time went (parse = the parser process
     * round trip, of which tika and tables; stages = splitting, classification, metadata, segmentation,
     * tagging; write = JSON, registry and the copy of the original).
     */
    public record RunReport(Instant startedAt, IngestReport summary, Map<String, Double> seconds,
                            List<FileOutcome> files) {}

    private final DataStore store;
    private final Options options;
    private final DocumentParser parser;
    private final BundleSplitter splitter = new BundleSplitter();
    private final Analysis analysis = new Analysis();
    private RunReport lastRun;

    public Ingestor(DataStore store) {
        this(store, Options.defaults());
    }

    public Ingestor(DataStore store, Options options) {
        this.store = store;
        this.options = options;
        this.parser = new ParserWorker(options.timeout(), options.maxHeap());
    }

    /** Ingests files and folders (walked recursively, sorted, hidden files skipped). */
    public IngestReport ingest(List<Path> paths) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        List<Path> files = walk(paths, failures);
        long totalBytes = files.stream().mapToLong(Ingestor::sizeOf).sum();
        Progress progress = new Progress(options.progress(), options.live(), files.size(), totalBytes);
        SourceRegistry registry = SourceRegistry.load(store);
        Run run = new Run(registry, failures);
        Prefetcher prefetcher = new Prefetcher(files, SourceRegistry.load(store));
        prefetcher.start();
        progress.startTicking();
        try {
            long bytesDone = 0;
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                progress.update(i, bytesDone, run.pages, file.getFileName().toString());
                Prepared prepared = prefetcher.next();
                try {
                    run.outcomes.add(ingestFile(prepared, run));
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    run.outcomes.add(fail(run, file.toString(), prepared.sha(), "ingest failed: " + e));
                }
                bytesDone += sizeOf(file);
            }
            progress.update(files.size(), totalBytes, run.pages, null);
        } finally {
            prefetcher.interrupt();
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

        Run(SourceRegistry registry, List<Failure> failures) {
            this.registry = registry;
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
     * A file hashed and, when it will need parsing, parsed ahead by the {@link Prefetcher}: the parser process
     * works on the next file while this thread runs the later stages of the current one (two cores, two jobs).
     */
    private record Prepared(Path file, long size, String sha, String readError, ParsedFile parsed,
                            ParseFailure failure, long parseNanos, TikaDocumentParser.Timings timings) {
        boolean attempted() {
            return parsed != null || failure != null;
        }
    }

    private final class Prefetcher extends Thread {
        private final List<Path> files;
        private final SourceRegistry snapshot;
        private final Set<String> planned = new HashSet<>();
        private final BlockingQueue<Prepared> ready = new ArrayBlockingQueue<>(1);

        Prefetcher(List<Path> files, SourceRegistry snapshot) {
            super("gremium-ingest-prefetch");
            setDaemon(true);
            this.files = files;
            this.snapshot = snapshot;
        }

        Prepared next() {
            try {
                return ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        @Override
        public void run() {
            try {
                for (Path file : files) {
                    ready.put(prepare(file));
                }
            } catch (InterruptedException e) {
                // the run ended early
            }
        }

        private Prepared prepare(Path file) {
            long size;
            String sha;
            try {
                size = Files.size(file);
                sha = Hashing.sha256(file);
            } catch (IOException e) {
                return new Prepared(file, 0, null, "cannot read file: " + e.getMessage(), null, null, 0, null);
            }
            String key = file.toAbsolutePath().normalize().toString();
            boolean unchanged = snapshot.get(key).filter(e -> e.sha256().equals(sha)).isPresent();
            boolean known = !planned.add(sha) || snapshot.sameContent(sha, key).isPresent();
            if (unchanged || known) {
                return new Prepared(file, size, sha, null, null, null, 0, null);   // decided by the ingest thread
            }
            long t0 = System.nanoTime();
            try {
                ParsedFile parsed = parser.parse(file);
                return new Prepared(file, size, sha, null, parsed, null, System.nanoTime() - t0, parser.lastTimings());
            } catch (ParseFailure e) {
                return new Prepared(file, size, sha, null, null, e, System.nanoTime() - t0, null);
            } catch (RuntimeException e) {
                return new Prepared(file, size, sha, null, null, new ParseFailure("parser failed: " + e, e),
                        System.nanoTime() - t0, null);
            }
        }
    }

    private Prepared parseNow(Prepared p) {
        long t0 = System.nanoTime();
        try {
            ParsedFile parsed = parser.parse(p.file());
            return new Prepared(p.file(), p.size(), p.sha(), null, parsed, null, System.nanoTime() - t0,
                    parser.lastTimings());
        } catch (ParseFailure e) {
            return new Prepared(p.file(), p.size(), p.sha(), null, null, e, System.nanoTime() - t0, null);
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
        if (old.isPresent() && old.get().sha256().equals(sha) && allStored(old.get().ids())) {
            run.unchanged++;
            return new FileOutcome(shown, "unchanged", sha, 0, old.get().ids(), old.get().sameAs(), null);
        }
        Optional<Map.Entry<String, SourceRegistry.Entry>> same = run.registry.sameContent(sha, key)
                .filter(e -> !e.getValue().ids().isEmpty() && allStored(e.getValue().ids()));
        if (same.isPresent()) {
            List<String> ids = same.get().getValue().ids();
            run.registry.put(key, new SourceRegistry.Entry(sha, size, ids, same.get().getKey(), Instant.now()));
            removeUnreferenced(old, run);
            run.registry.save();
            run.unchanged++;
            return new FileOutcome(shown, "same-content", sha, 0, ids, same.get().getKey(), null);
        }
        Prepared result = prepared.attempted() ? prepared : parseNow(prepared);
        run.parseNanos += result.parseNanos();
        if (result.failure() != null) {
            run.needOcr(result.failure().pagesNeedingOcr(), Tesseract.INSTALL_HINT);
            return fail(run, shown, sha, result.failure().reason());
        }
        ParsedFile parsed = result.parsed();
        run.ocrPages += parsed.ocrPages();
        run.needOcr(parsed.pagesNeedingOcr(), parsed.ocrNote());
        run.tikaMillis += result.timings().tikaMillis();
        run.tablesMillis += result.timings().tablesMillis();
        List<String> written = new ArrayList<>();
        try {
            long t1 = System.nanoTime();
            List<LogicalDocument> docs = documents(parsed);
            long t2 = System.nanoTime();
            run.stagesNanos += t2 - t1;
            for (LogicalDocument doc : docs) {
                store.write(doc);
                written.add(doc.id());
            }
            run.writeNanos += System.nanoTime() - t2;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            written.stream().filter(id -> !run.registry.referenced(id)).forEach(store::delete);
            return fail(run, shown, sha, "processing failed: " + e);
        }
        long t3 = System.nanoTime();
        run.registry.put(key, new SourceRegistry.Entry(sha, size, written, null, Instant.now()));
        removeUnreferenced(old, run);
        run.registry.save();
        keepOriginal(file, sha);
        run.writeNanos += System.nanoTime() - t3;
        run.added.addAll(written);
        run.pages += parsed.source().pageCount();
        return new FileOutcome(shown, old.isPresent() ? "replaced" : "added", sha, parsed.source().pageCount(),
                written, null, null);
    }

    /** The stages after parsing, for each logical document of the file. */
    private List<LogicalDocument> documents(ParsedFile parsed) {
        List<Part> parts = splitter.split(parsed);
        List<LogicalDocument> docs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            // tables were numbered over the whole file; each logical document counts its own from t1
            List<Block> blocks = parts.size() > 1 ? TableAnalyzer.renumber(part.blocks()) : part.blocks();
            docs.add(analysis.analyse(LogicalDocument.idFor(parsed.source().sha256(), i + 1), parsed.source(), i + 1,
                    part.pageStart(), part.pageEnd(), blocks));
        }
        return docs;
    }

    private void removeUnreferenced(Optional<SourceRegistry.Entry> old, Run run) {
        old.ifPresent(o -> o.ids().stream().filter(id -> !run.registry.referenced(id)).forEach(id -> {
            store.delete(id);
            run.removed.add(id);
        }));
    }

    private boolean allStored(List<String> ids) {
        return ids.stream().allMatch(id -> Files.isRegularFile(store.docPath(id)));
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
                            .filter(f -> !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("readme"))
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
        parser.close();
    }
}
