package nl.gremium.index;

import java.io.PrintStream;
import java.time.Duration;
import nl.gremium.text.Progress;

/** Prints indexing progress ({@link Progress}: documents, units, rate, ETA) at most once a second, and a final line. */
public final class ConsoleProgress implements Indexer.Progress {
    private final PrintStream out;
    private Progress progress;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(int done, int total, long units) {
        if (progress == null) { // the total is known from the first callback
            progress = Progress.lines(out::println, "indexing", "documents", "units", total, Duration.ofSeconds(1));
        }
        progress.update(done, units, null);
    }
}
