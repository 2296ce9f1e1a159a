package nl.gremium.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixed pools of named daemon threads: a run that ends early never keeps the JVM alive. */
public final class WorkerThreads {
    private WorkerThreads() {}

    public static ExecutorService fixed(String name, int size) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
