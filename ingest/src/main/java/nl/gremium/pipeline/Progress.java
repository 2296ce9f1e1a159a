package nl.gremium.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows ingest progress on stderr: files done/total, pages, pages per second and the remaining time (estimated
 * from bytes, since pages are known only after parsing). On a terminal one line redraws itself; otherwise a
 * plain line is printed every few seconds so logs stay readable.
 */
final class Progress {
    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream out;
    private final boolean live;
    private final int totalFiles;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastPlain = start;
    private int lastWidth;

    Progress(PrintStream out, boolean live, int totalFiles, long totalBytes) {
        this.out = out;
        this.live = live;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
    }

    private int filesDone;
    private long bytesDone;
    private int pages;
    private String current;
    private Thread ticker;

    /** On a terminal, redraws the line every second so a long file still shows time passing. */
    synchronized void startTicking() {
        if (out == null || !live || ticker != null) {
            return;
        }
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    synchronized (this) {
                        draw();
                    }
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "gremium-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    synchronized void update(int filesDone, long bytesDone, int pages, String current) {
        this.filesDone = filesDone;
        this.bytesDone = bytesDone;
        this.pages = pages;
        this.current = current;
        draw();
    }

    private void draw() {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        double secs = Math.max(1e-3, (now - start) / 1e9);
        String eta = bytesDone > 0 && bytesDone < totalBytes
                ? clock((long) (secs * (totalBytes - bytesDone) / bytesDone)) : "-";
        String line = String.format(Locale.ROOT, "ingest %d/%d files, %d pages, %.1f pages/s, %s elapsed, ETA %s  %s",
                filesDone, totalFiles, pages, pages / secs, clock((long) secs), eta, current == null ? "" : current);
        if (live) {
            if (line.length() > 120) {
                line = line.substring(0, 119) + "…";
            }
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            out.flush();
            lastWidth = line.length();
        } else if (now - lastPlain >= PLAIN_EVERY_NANOS || filesDone == totalFiles) {
            out.println(line);
            lastPlain = now;
        }
    }

    synchronized void done() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
        if (out != null && live && lastWidth > 0) {
            out.println();
        }
    }

    static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
