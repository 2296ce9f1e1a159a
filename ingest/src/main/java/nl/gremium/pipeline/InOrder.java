package nl.gremium.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work started ahead on other threads, finished one by one in input order on the calling thread: at most
 * {@code window} items are in flight, which bounds memory however long the input, and the finishing step
 * (writing, registry) stays single-threaded and deterministic.
 */
final class InOrder {
    private InOrder() {}

    static <I, T> void run(List<I> inputs, int window, Function<I, CompletableFuture<T>> start, Consumer<T> finish) {
        Deque<CompletableFuture<T>> inFlight = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < Math.max(1, window)) {
                    inFlight.add(start.apply(inputs.get(next++)));
                }
                finish.accept(await(inFlight.poll()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
