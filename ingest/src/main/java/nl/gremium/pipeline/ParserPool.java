package nl.gremium.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.gremium.parse.ParseFailure;
import nl.gremium.parse.ParsedFile;
import nl.gremium.parse.ParserWorker;
import nl.gremium.parse.TikaDocumentParser;

/**
 * N parser processes ({@link ParserWorker}), each still a child JVM with its own heap and per-file time limit,
 * lent out one file at a time: N files parse at once, and a file that kills its process costs only that
 * process. Processes start on first use, so a run of unchanged files starts none.
 */
final class ParserPool implements AutoCloseable {
    /** A parse's result or its failure, with the round trip time and where the child spent it. */
    record Outcome(ParsedFile parsed, ParseFailure failure, long nanos, TikaDocumentParser.Timings timings) {}

    private final BlockingQueue<ParserWorker> idle;
    private final List<ParserWorker> all = new ArrayList<>();

    ParserPool(int size, Duration timeout, String maxHeap) {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            ParserWorker w = new ParserWorker(timeout, maxHeap);
            all.add(w);
            idle.add(w);
        }
    }

    Outcome parse(Path file) {
        ParserWorker w;
        try {
            w = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, new ParseFailure("interrupted"), 0, null);
        }
        long t0 = System.nanoTime();
        try {
            ParsedFile parsed = w.parse(file);
            return new Outcome(parsed, null, System.nanoTime() - t0, w.lastTimings());
        } catch (ParseFailure e) {
            return new Outcome(null, e, System.nanoTime() - t0, null);
        } catch (RuntimeException e) {
            return new Outcome(null, new ParseFailure("parser failed: " + e, e), System.nanoTime() - t0, null);
        } finally {
            idle.add(w);
        }
    }

    @Override
    public void close() {
        all.forEach(ParserWorker::close);
    }
}
