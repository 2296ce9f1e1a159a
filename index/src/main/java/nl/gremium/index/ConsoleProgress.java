package nl.gremium.index;

import java.io.PrintStream;
import java.util.Locale;

/** Prints indexing progress (documents, units, rate, ETA) at most once a second, and a final line. */
public final class ConsoleProgress implements Indexer.Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastPrint;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(int done, int total, long units) {
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        double secs = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        out.printf(Locale.ROOT, "indexing: %d/%d documents, %d units, %.0f units/s, ETA %d s%n", done, total, units,
                units / secs, eta);
        out.flush();
    }
}
