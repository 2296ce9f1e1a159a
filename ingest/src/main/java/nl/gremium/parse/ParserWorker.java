package nl.gremium.parse;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.gremium.parse.ocr.Tesseract;
import nl.gremium.store.Json;

/**
 * Parses files in a child JVM so that a file that makes Tika run away (endless loop, huge memory, native
 * crash) costs only that file: the child has a bounded heap and each file a time limit; on timeout or death
 * the child is killed and the next file starts a fresh one. One child serves many files (JVM start and Tika
 * initialisation cost about a second). Requests and answers are single lines on the child's stdin/stdout;
 * the parsed file travels as JSON through a temporary file. After {@link #recycleAfter} files the child is
 * ended and the next file starts a fresh one, so what a hostile file left behind in the child (leaked memory,
 * threads, a poisoned cache) does not outlive a bounded number of files ({@value #RECYCLE_PROPERTY}).
 */
public final class ParserWorker implements DocumentParser {
    private static final String ANSWER = "@@gremium ";
    private static final Object EOF = new Object();
    private static final String BUSY = "BUSY";
    /** System property: files one child parses before it is replaced. */
    public static final String RECYCLE_PROPERTY = "gremium.parse.recycleAfter";
    static final int DEFAULT_RECYCLE = 1000;
    /**
     * A parse process is one thread that lives a few hundred files: C2's compilations never pay back in that
     * time (the C1 tier alone used 22-30% less CPU over the same 200-600 files), and the concurrent collector's
     * threads only compete with the other worker for the cores.
     */
    private static final List<String> CHILD_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Duration timeout;
    private final String maxHeap;
    private final Path scratch;
    private final int recycleAfter;
    private int served;
    private int started;
    private Process process;
    private BufferedWriter requests;
    private LinkedBlockingQueue<Object> answers;
    private Path stderrLog;
    private TikaDocumentParser.Timings lastTimings = new TikaDocumentParser.Timings(0, 0);

    /** @param maxHeap the child's -Xmx, e.g. "768m"; the child is replaced after {@value #RECYCLE_PROPERTY} files (default 1000) */
    public ParserWorker(Duration timeout, String maxHeap) {
        this(timeout, maxHeap, Integer.getInteger(RECYCLE_PROPERTY, DEFAULT_RECYCLE));
    }

    /** @param recycleAfter files one child parses before a fresh one takes over (at least 1) */
    public ParserWorker(Duration timeout, String maxHeap, int recycleAfter) {
        if (recycleAfter < 1) {
            throw new IllegalArgumentException(RECYCLE_PROPERTY + " must be at least 1, not " + recycleAfter);
        }
        this.timeout = timeout;
        this.maxHeap = maxHeap;
        this.recycleAfter = recycleAfter;
        try {
            this.scratch = Files.createTempDirectory("gremium-parse-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    public ParserWorker() {
        this(Duration.ofSeconds(120), "768m");
    }

    public Duration timeout() {
        return timeout;
    }

    /** Where the child spent the last successful parse. */
    public TikaDocumentParser.Timings lastTimings() {
        return lastTimings;
    }

    /** Parses one file in the child; any failure, including timeout and crash, is a {@link ParseFailure}. */
    public ParsedFile parse(Path file) throws ParseFailure {
        return parse(file, timeout);
    }

    synchronized ParsedFile parse(Path file, Duration timeout) throws ParseFailure {
        Path result = scratch.resolve("result.json");
        try {
            Files.deleteIfExists(result);
            ensureStarted();
            requests.write(file.toAbsolutePath() + "\t" + result + "\n");
            requests.flush();
        } catch (IOException e) {
            kill();
            throw new ParseFailure("parser process failed to start or died: " + e.getMessage(), e);
        }
        Object answer;
        try {
            do {   // an OCR'd page is a sign of life: each page has its own limit inside the child
                answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } while (BUSY.equals(answer));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new ParseFailure("interrupted");
        }
        if (answer == null) {
            kill();
            throw new ParseFailure("parser timed out after " + seconds(timeout) + " s");
        }
        if (answer == EOF) {
            String reason = deathReason();
            kill();
            throw new ParseFailure(reason);
        }
        String line = (String) answer;
        if (++served >= recycleAfter) {
            stopChild();
        }
        if (line.startsWith("ERR ")) {
            String[] e = line.substring(4).split(" ", 2);
            throw new ParseFailure(e.length == 2 ? e[1] : "", Integer.parseInt(e[0]));
        }
        String[] t = line.split(" ");
        lastTimings = t.length == 3 ? new TikaDocumentParser.Timings(Long.parseLong(t[1]), Long.parseLong(t[2]))
                : new TikaDocumentParser.Timings(0, 0);
        try {
            return Json.mapper().readValue(result.toFile(), ParsedFile.class);
        } catch (IOException e) {
            throw new ParseFailure("cannot read the parser's result: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(result);
            } catch (IOException ignored) {
                // the scratch folder is removed on close
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
    }

    /** Child processes started so far (a new one after a timeout, a crash, or {@link #recycleAfter} files). */
    int processesStarted() {
        return started;
    }

    private void ensureStarted() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        served = 0;
        started++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        stderrLog = scratch.resolve("worker-stderr.log");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true"));
        cmd.addAll(CHILD_JVM);
        for (String property : List.of(Tesseract.COMMAND_PROPERTY, "gremium.ocr.pageSeconds")) {
            if (System.getProperty(property) != null) {
                cmd.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        cmd.addAll(List.of("-cp", WorkerClassPath.of(System.getProperty("java.class.path")), ParserWorker.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(stderrLog.toFile());
        process = pb.start();
        requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        answers = queue;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String l; (l = out.readLine()) != null; ) {
                    if (l.startsWith(ANSWER)) {
                        queue.add(l.substring(ANSWER.length()));
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            queue.add(EOF);
        }, "gremium-parser-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private String deathReason() {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String err = "";
        try {
            err = Files.exists(stderrLog) ? Files.readString(stderrLog, StandardCharsets.UTF_8) : "";
        } catch (IOException ignored) {
            // keep the exit code only
        }
        if (err.contains("OutOfMemoryError") || (!process.isAlive() && process.exitValue() == 3)) {
            return "parser ran out of memory";
        }
        return "parser crashed (exit code " + (process.isAlive() ? "?" : process.exitValue()) + ")";
    }

    private void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Ends the child the polite way (EOF on its stdin ends its loop); kills it when it does not go. */
    private void stopChild() {
        if (process != null && process.isAlive()) {
            try {
                requests.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException | InterruptedException e) {
                kill();
            }
        }
        process = null;
    }

    @Override
    public synchronized void close() {
        stopChild();
        try (var files = Files.list(scratch)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    /**
     * The child: reads "file\tresult" lines, answers "@@gremium OK tikaMillis tablesMillis" or "@@gremium ERR
     * pagesNeedingOcr reason", and "@@gremium BUSY" after each page it OCR'd.
     */
    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);   // library chatter must not reach the answer channel
        TikaDocumentParser parser = new TikaDocumentParser();
        parser.onOcrPage(() -> answers.println(ANSWER + BUSY));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            List<String> parts = List.of(line.split("\t", 2));
            if (parts.size() != 2) {
                answers.println(ANSWER + "ERR 0 bad request");
                continue;
            }
            try {
                ParsedFile parsed = parser.parse(Path.of(parts.get(0)));
                Json.mapper().writeValue(Path.of(parts.get(1)).toFile(), parsed);
                TikaDocumentParser.Timings t = parser.lastTimings();
                answers.println(ANSWER + "OK " + t.tikaMillis() + " " + t.tablesMillis());
            } catch (ParseFailure e) {
                answers.println(ANSWER + "ERR " + e.pagesNeedingOcr() + " " + FailureReasons.oneLine(e.reason()));
            } catch (OutOfMemoryError e) {
                answers.println(ANSWER + "ERR 0 parser ran out of memory");
                System.exit(3);
            } catch (Throwable e) {
                answers.println(ANSWER + "ERR 0 parser failed: " + FailureReasons.oneLine(String.valueOf(e)));
            }
        }
    }
}
