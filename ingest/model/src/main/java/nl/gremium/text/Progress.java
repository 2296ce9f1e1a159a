package nl.gremium.text;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress of a long run, the one implementation every stage prints with: items done of total (files,
 * documents), optionally a count of work with its rate (pages, units), time elapsed and the time left.
 * Lines go out at most once per interval and always for the last item. On a terminal ({@link #live}) one
 * line redraws itself, and a ticker redraws it every second so a long item still shows time passing.
 *
 * <pre>ingest: 12/40 files, 230 pages, 14.2 pages/s, 0:16 elapsed, ETA 0:41  verslag.pdf</pre>
 */
public final class Progress {
    private static final int LIVE_WIDTH = 120;

    private final Consumer<String> lines;
    private final PrintStream terminal;
    private final String task;
    private final String items;
    private final String work;
    private final int total;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long lastLine = start; // the first plain line after one interval: a short run shows only its last
    private int lastWidth;
    private int done;
    private long count;
    private double fraction = -1;
    private String current;
    private Thread ticker;

    private Progress(Consumer<String> lines, PrintStream terminal, String task, String items, String work, int total,
                     Duration every) {
        this.lines = lines;
        this.terminal = terminal;
        this.task = task;
        this.items = items;
        this.work = work;
        this.total = total;
        this.everyNanos = every.toNanos();
    }

    /**
     * Plain lines, at most one per {@code every}.
     *
     * @param work what the count of {@link #update} measures ("pages", "units"), or null for none
     */
    public static Progress lines(Consumer<String> out, String task, String items, String work, int total,
                                 Duration every) {
        return new Progress(out, null, task, items, work, total, every);
    }

    /** One line redrawn in place on a terminal, every update and every second. */
    public static Progress live(PrintStream terminal, String task, String items, String work, int total) {
        Progress p = new Progress(null, terminal, task, items, work, total, Duration.ZERO);
        p.startTicking();
        return p;
    }

    /** No output at all. */
    public static Progress silent() {
        return new Progress(null, null, "", "", null, 0, Duration.ZERO);
    }

    /** {@code done} items of the total, {@code count} work so far; the time left follows the items done. */
    public void update(int done, long count, String current) {
        update(done, count, -1, current);
    }

    /**
     * @param fraction how much of the whole is done (0..1) when items are a poor measure (files of very
     *                 different sizes: the share of bytes), or negative to use items done of the total
     */
    public synchronized void update(int done, long count, double fraction, String current) {
        this.done = done;
        this.count = count;
        this.fraction = fraction;
        this.current = current;
        show();
    }

    /** Ends the run: stops the ticker and ends a live line. */
    public synchronized void done() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
        if (terminal != null && lastWidth > 0) {
            terminal.println();
            terminal.flush();
        }
    }

    /** The line as it would be shown now. */
    synchronized String line() {
        double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double share = fraction >= 0 ? fraction : total > 0 ? (double) done / total : 0;
        String eta = share > 0 && share < 1 ? clock((long) (secs * (1 - share) / share)) : "-";
        StringBuilder sb = new StringBuilder(task).append(": ").append(done).append('/').append(total).append(' ')
                .append(items);
        if (work != null) {
            sb.append(", ").append(count).append(' ').append(work)
                    .append(String.format(Locale.ROOT, ", %.1f %s/s", count / secs, work));
        } else {
            sb.append(String.format(Locale.ROOT, ", %.1f %s/s", done / secs, items));
        }
        sb.append(", ").append(clock((long) secs)).append(" elapsed, ETA ").append(eta);
        if (current != null) {
            sb.append("  ").append(current);
        }
        return sb.toString();
    }

    private void show() {
        if (terminal != null) {
            String l = line();
            if (l.length() > LIVE_WIDTH) {
                l = l.substring(0, LIVE_WIDTH - 1) + "…";
            }
            terminal.print("\r" + l + " ".repeat(Math.max(0, lastWidth - l.length())));
            terminal.flush();
            lastWidth = l.length();
        } else if (lines != null) {
            long now = System.nanoTime();
            if (now - lastLine >= everyNanos || done >= total) {
                lines.accept(line());
                lastLine = now;
            }
        }
    }

    private void startTicking() {
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    synchronized (this) {
                        show();
                    }
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "gremium-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Seconds as m:ss, or h:mm:ss from an hour. */
    public static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
