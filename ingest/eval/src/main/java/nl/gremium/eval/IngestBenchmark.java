package nl.gremium.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.gremium.pipeline.IngestReport;
import nl.gremium.pipeline.Ingestor;
import nl.gremium.pipeline.WorkerThreads;
import nl.gremium.store.DataStore;
import nl.gremium.store.Folders;
import nl.gremium.text.Progress;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Ingest throughput against Tika's bare parse of the same files: first Tika alone in this JVM
 * (AutoDetectParser + BodyContentHandler, text only) on one thread, then again on as many threads as the ingest has
 * workers (what those cores can parse), then the full ingest (parser process, layout, tables, splitting,
 * classification, tagging, JSON) into a temporary data folder. The one-thread parse and the ingest start cold, as a
 * user's run does; the parse on several threads runs second, warm, so it is if anything faster than a cold one.
 */
public final class IngestBenchmark {
    /** Pages/s of both and their ratio (ingest ÷ bare; 1.0 would mean the pipeline costs nothing beyond Tika). */
    public record Result(int files, int pages, double bareSeconds, double ingestSeconds, int failures, int workers,
                         Map<String, Double> ingestBreakdown, double bareCpuSeconds, double ingestCpuSeconds,
                         double bareAllCoresSeconds, double bareAllCoresCpuSeconds) {
        public double barePagesPerSecond() {
            return pages / bareSeconds;
        }

        public double ingestPagesPerSecond() {
            return pages / ingestSeconds;
        }

        public double ratio() {
            return ingestPagesPerSecond() / barePagesPerSecond();
        }

        /** Ingest rate over the bare parse's rate on one thread per worker: the share of what those cores can parse. */
        public double allCoresRatio() {
            return bareAllCoresSeconds / ingestSeconds;
        }

        /**
         * The ratio the workers would reach with a core each and no other load: bare CPU per page over ingest CPU
         * per page, times the workers. On a shared machine the wall-clock ratio also measures the neighbours.
         */
        public double cpuRatio() {
            return bareCpuSeconds / ingestCpuSeconds * workers;
        }

        public List<String> lines() {
            return List.of(
                    String.format(Locale.ROOT, "files %d, pages %d", files, pages),
                    String.format(Locale.ROOT, "tika bare parse: %.1f s, %.1f pages/s, %.1f CPU s", bareSeconds,
                            barePagesPerSecond(), bareCpuSeconds),
                    String.format(Locale.ROOT, "tika bare parse on %d threads: %.1f s, %.1f pages/s, %.1f CPU s", workers,
                            bareAllCoresSeconds, pages / bareAllCoresSeconds, bareAllCoresCpuSeconds),
                    String.format(Locale.ROOT, "full ingest:     %.1f s, %.1f pages/s, %.1f CPU s, parse processes included"
                            + " (%d failed, %d workers)", ingestSeconds, ingestPagesPerSecond(), ingestCpuSeconds, failures,
                            workers),
                    String.format(Locale.ROOT, "ratio ingest/bare: %.2f (ingest takes %.1fx the time of a bare Tika parse)",
                            ratio(), 1 / ratio()),
                    String.format(Locale.ROOT, "ratio ingest/bare on %d threads: %.2f (the ingest reaches %.0f%% of the rate"
                            + " at which %d threads parse)", workers, allCoresRatio(), 100 * allCoresRatio(), workers),
                    String.format(Locale.ROOT, "ratio from CPU time, %d workers with a core each: %.2f (ingest does %.1fx"
                            + " the CPU work of a bare Tika parse)", workers, cpuRatio(), ingestCpuSeconds / bareCpuSeconds),
                    "ingest time by step (s): " + ingestBreakdown);
        }
    }

    private IngestBenchmark() {}

    /**
     * Bare Tika on one thread and on {@code workers} threads, then the full ingest with {@code workers} workers;
     * progress lines go to {@code log}.
     */
    public static Result run(List<Path> paths, int workers, Consumer<String> log) {
        List<Path> files = Ingestor.walk(paths, new ArrayList<>());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files under " + paths);
        }
        double cpu0 = CpuTime.seconds();
        long t0 = System.nanoTime();
        int pages = bareParse(files, 1, Progress.lines(log, "tika bare parse", "files", "pages", files.size(),
                Duration.ofSeconds(10)));
        double bare = (System.nanoTime() - t0) / 1e9;
        double bareCpu = CpuTime.seconds() - cpu0;

        double cpuAll = CpuTime.seconds();
        long tAll = System.nanoTime();
        bareParse(files, workers, Progress.lines(log, "tika bare parse, " + workers + " threads", "files", "pages",
                files.size(), Duration.ofSeconds(10)));
        double bareAll = (System.nanoTime() - tAll) / 1e9;
        double bareAllCpu = CpuTime.seconds() - cpuAll;

        Path data;
        try {
            data = Files.createTempDirectory("gremium-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double cpu1 = CpuTime.seconds();
        long t1 = System.nanoTime();
        IngestReport report;
        Map<String, Double> breakdown;
        try (Ingestor ingestor = new Ingestor(new DataStore(data), Ingestor.Options.defaults().withWorkers(workers))) {
            report = ingestor.ingest(files);
            breakdown = ingestor.lastRun().seconds();
        }
        double ingest = (System.nanoTime() - t1) / 1e9;
        double ingestCpu = CpuTime.seconds() - cpu1; // the parse processes have ended: their time is counted
        deleteTree(data);
        return new Result(files.size(), pages, bare, ingest, report.failures().size(), workers, breakdown, bareCpu,
                ingestCpu, bareAll, bareAllCpu);
    }

    /**
     * Every file parsed bare on {@code threads} threads, each with its own parser, taking the next file as it
     * finishes one; returns the pages.
     */
    static int bareParse(List<Path> files, int threads, Progress progress) {
        AtomicInteger next = new AtomicInteger();
        int[] done = {0, 0}; // files, pages: under the progress lock
        Runnable worker = () -> {
            AutoDetectParser tika = new AutoDetectParser();
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                int pages = bareParse(tika, files.get(i));
                synchronized (done) {
                    done[0]++;
                    done[1] += pages;
                    progress.update(done[0], done[1], null);
                }
            }
        };
        ExecutorService pool = WorkerThreads.fixed("gremium-bench-tika", threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bare parse interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bare parse failed", e.getCause());
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return done[1];
    }

    /** Parses to plain text; returns the page count (PDF) or 1; a file Tika rejects counts 0 pages. */
    private static int bareParse(AutoDetectParser tika, Path f) {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
        try (InputStream in = TikaInputStream.get(f, md)) {
            tika.parse(in, new BodyContentHandler(-1), md, new ParseContext());
        } catch (Exception e) {
            return 0;
        }
        Integer n = md.getInt(PagedText.N_PAGES);
        return n != null && n > 0 ? n : 1;
    }

    private static void deleteTree(Path root) {
        try {
            Folders.delete(root);
        } catch (UncheckedIOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
