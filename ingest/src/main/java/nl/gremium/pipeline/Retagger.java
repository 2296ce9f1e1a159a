package nl.gremium.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Recommendation;
import nl.gremium.store.ConfidentialityMarks;
import nl.gremium.store.DataLock;
import nl.gremium.store.DataStore;
import nl.gremium.store.StatusEntry;
import nl.gremium.store.StatusStore;
import nl.gremium.text.Progress;
import nl.gremium.text.TokenBag;

/**
 * Re-analyses stored documents from their stored blocks (no parsing) when they were analysed by another
 * {@link AnalysisVersion}, or all of them with {@code force}. Record ids are content-anchored, so an
 * unchanged recommendation keeps its id and its controller status; one whose text the new rules changed
 * gets its latest status carried to the new record that says the most of the same (an appended history
 * entry naming the old id, so the carry-over is visible and nothing is rewritten).
 */
public final class Retagger {
    /** What a run did. */
    public record Report(int documents, int retagged, int unchanged, int statusesCarried, double seconds) {
        public String summary() {
            return String.format(Locale.ROOT, "retag: %d documents, %d re-analysed, %d already current (version %s),"
                    + " %d statuses carried to changed records, %.1f s", documents, retagged, unchanged,
                    AnalysisVersion.current(), statusesCarried, seconds);
        }
    }

    /**
     * A stored document's file, the document, its fresh analysis (null when it is current) and whether that differs
     * from what is stored (compared on the analysing thread: an identical document is not written again).
     */
    private record Pass(Path file, LogicalDocument old, LogicalDocument now, boolean changed) {
        static Pass of(Path file, LogicalDocument old, LogicalDocument now) {
            return new Pass(file, old, now, now != null && !now.equals(old));
        }
    }

    /**
     * Documents in flight per thread. Writing waits for the oldest, so while one thread analyses a long document the
     * others go on only as far as this reaches: a 1.5 MB minutes document takes about as long as 40 ordinary ones.
     */
    private static final int AHEAD_PER_THREAD = 32;

    private final DataStore store;
    private final ThreadLocal<Analysis> analysis = ThreadLocal.withInitial(Analysis::new);

    public Retagger(DataStore store) {
        this.store = store;
    }

    /**
     * Under the data folder's writer lock, like every writer of stored documents. Re-analyses on one thread per
     * core (the stored documents are read and analysed ahead, up to {@value #AHEAD_PER_THREAD} per thread); writing
     * and status carry-over stay on the calling thread, in file order.
     */
    public Report run(boolean force, PrintStream progress) {
        try (DataLock ignored = store.lock("retag")) {
            return runLocked(force, progress);
        }
    }

    private Report runLocked(boolean force, PrintStream progress) {
        long start = System.nanoTime();
        Analysis.loadModelsAhead();
        String version = AnalysisVersion.current();
        StatusStore statuses = new StatusStore(store);
        Map<String, StatusEntry> latest = statuses.latest();
        List<Path> files = store.docFiles();
        ConfidentialityMarks marks = new ConfidentialityMarks(store);
        Map<String, Boolean> marked = marks.latest(); // the secretariat's marks outlive re-analysis
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = WorkerThreads.fixed("gremium-retag", threads);
        int[] done = {0, 0, 0};   // files seen, retagged, statuses carried
        MotionOutcomes.Gathered gathered = new MotionOutcomes.Gathered(); // what was stored, so linking reads nothing again
        Progress shown = progress == null ? Progress.silent()
                : Progress.lines(progress::println, "retag", "documents", null, files.size(), Duration.ofSeconds(5));
        try {
            InOrder.run(files, AHEAD_PER_THREAD * threads, f -> CompletableFuture.supplyAsync(() -> {
                LogicalDocument old = store.readIfIntact(f).orElse(null);
                return Pass.of(f, old, old == null || !force && version.equals(old.taggerVersion()) ? null
                        : marks.apply(analysis.get().again(old), marked));
            }, pool), pass -> {
                done[0]++;
                if (pass.now() != null) {
                    done[2] += carryStatuses(pass.old(), pass.now(), latest, statuses);
                    if (pass.changed()) {
                        store.write(pass.now());
                    }
                    done[1]++;
                }
                if (pass.old() != null) {
                    gathered.add(pass.file(), pass.now() != null ? pass.now() : pass.old());
                }
                shown.update(done[0], done[1], null);
            });
        } finally {
            pool.shutdownNow();
            shown.done();
        }
        if (done[1] > 0) {
            MotionOutcomes.link(store, gathered);
        }
        return new Report(files.size(), done[1], files.size() - done[1], done[2], (System.nanoTime() - start) / 1e9);
    }

    private static int carryStatuses(LogicalDocument old, LogicalDocument now, Map<String, StatusEntry> latest,
                                     StatusStore statuses) {
        Set<String> kept = new HashSet<>();
        now.tags().recommendations().forEach(r -> kept.add(r.id()));
        int carried = 0;
        for (Recommendation r : old.tags().recommendations()) {
            StatusEntry s = latest.get(r.id());
            if (s == null || kept.contains(r.id())) {
                continue;
            }
            Recommendation best = null;
            double bestScore = 0.5;
            for (Recommendation n : now.tags().recommendations()) {
                double score = TokenBag.containment(r.text(), n.text());
                if (score >= bestScore && !latest.containsKey(n.id())) {
                    best = n;
                    bestScore = score;
                }
            }
            if (best != null) {
                StatusEntry moved = new StatusEntry(best.id(), s.status(), s.owner(), s.due(),
                        (s.note() == null ? "" : s.note() + " ") + "(carried over from " + r.id() + " after re-tag)",
                        s.who(), s.when());
                statuses.append(moved);
                latest.put(best.id(), moved);
                carried++;
            }
        }
        return carried;
    }
}
