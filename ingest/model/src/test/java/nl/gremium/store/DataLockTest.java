package nl.gremium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLockTest {
    @TempDir
    Path dir;

    /** Holds the lock of the folder given as argument until its standard input closes. */
    public static void main(String[] args) throws Exception {
        try (DataLock ignored = DataLock.acquire(new DataStore(Path.of(args[0])), "test holder")) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }

    @Test
    void anotherProcessWaitsAndIsToldWhoHoldsTheFolder() throws Exception {
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DataLockTest.class.getName(), dir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            DataStore store = new DataStore(dir);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> DataLock.acquire(store, "ingest", Duration.ofMillis(300)));
            assertTrue(e.getMessage().contains("test holder, pid " + holder.pid()), e.getMessage());

            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
                try (DataLock ignored = DataLock.acquire(store, "ingest", Duration.ofSeconds(30))) {
                    return "got it";
                }
            });
            Thread.sleep(300);
            assertTrue(!waiting.isDone(), "waits while the other process writes");
            holder.getOutputStream().close();
            assertEquals("got it", waiting.get(30, TimeUnit.SECONDS));
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void threadsOfOneProcessTakeTurnsAndNestingIsAllowed() throws Exception {
        DataStore store = new DataStore(dir);
        try (DataLock outer = DataLock.acquire(store, "ingest");
             DataLock inner = store.lock("index update")) {
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
                try (DataLock ignored = DataLock.acquire(store, "upload", Duration.ofMillis(200))) {
                    return true;
                } catch (IllegalStateException e) {
                    return false;
                }
            });
            assertEquals(false, other.get(10, TimeUnit.SECONDS), "another thread waits for the holder");
        }
        try (DataLock again = DataLock.acquire(store, "upload", Duration.ofMillis(200))) {
            assertTrue(new File(dir.toFile(), DataLock.FILE_NAME).isFile());
        }
    }

    @Test
    void aHolderInterruptedWhileItLetsGoStillLetsGo() throws Exception {
        DataStore store = new DataStore(dir);
        // an index update on a server thread that is interrupted as the server stops: the lock file cannot be
        // cleared, but the folder must not stay locked for the threads after it
        Thread holder = new Thread(() -> {
            DataLock lock = DataLock.acquire(store, "index update");
            Thread.currentThread().interrupt();
            try {
                lock.close();
            } catch (RuntimeException expected) {
                // clearing the lock file fails under the interrupt; what matters is what follows
            }
        });
        holder.start();
        holder.join(10_000);
        try (DataLock next = DataLock.acquire(store, "upload", Duration.ofSeconds(2))) {
            assertTrue(new File(dir.toFile(), DataLock.FILE_NAME).isFile());
        }
    }
}
