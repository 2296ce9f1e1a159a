package nl.gremium.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one writer lock of a data folder, across processes: an ingest from the CLI, an upload to the
 * server, a retag or an analytics run each hold it while they write, so none of them rebuilds the
 * source registry or the index from a copy another one is changing. An OS file lock on {@code .lock}
 * keeps other processes out; a reentrant lock per folder orders the threads of this process (the OS
 * lock belongs to the whole process). The lock file names its holder so a waiting writer can say who.
 */
public final class DataLock implements AutoCloseable {
    public static final String FILE_NAME = ".lock";
    /** How long a writer waits for another before giving up with a message naming the holder. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);

    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private final Holder holder;

    private DataLock(Holder holder) {
        this.holder = holder;
    }

    /**
     * Takes the lock of {@code store}'s folder, waiting up to {@code wait}.
     *
     * @param what what the caller is doing ("ingest", "upload"), written into the lock file for others to read
     * @throws IllegalStateException when another writer keeps the folder longer than {@code wait}
     */
    public static DataLock acquire(DataStore store, String what, Duration wait) {
        Holder h = HOLDERS.computeIfAbsent(store.root(), Holder::new);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!h.threads.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(store, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lock of " + store.root(), e);
        }
        try {
            if (h.threads.getHoldCount() == 1) {
                h.open(what, deadline, store, wait);
            }
            return new DataLock(h);
        } catch (RuntimeException e) {
            h.threads.unlock();
            throw e;
        }
    }

    public static DataLock acquire(DataStore store, String what) {
        return acquire(store, what, DEFAULT_WAIT);
    }

    /**
     * Lets go, also when clearing the lock file fails (a server thread interrupted as the server stops closes the
     * channel under it): the thread lock is given back whatever happens, or every later writer of this process would
     * wait for a holder that is gone.
     */
    @Override
    public void close() {
        try {
            if (holder.threads.getHoldCount() == 1) {
                holder.release();
            }
        } finally {
            holder.threads.unlock();
        }
    }

    private static IllegalStateException busy(DataStore store, Duration wait) {
        String who;
        try {
            Path f = store.root().resolve(FILE_NAME);
            who = Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            who = "";
        }
        return new IllegalStateException("the data folder " + store.root() + " is busy: another writer"
                + (who.isEmpty() ? "" : " (" + who + ")") + " kept it for more than " + wait.toSeconds()
                + " s; try again when it is done");
    }

    /** The per-folder state of this process: the thread lock and, while held, the OS lock. */
    private static final class Holder {
        final Path root;
        final ReentrantLock threads = new ReentrantLock();
        FileChannel channel;
        FileLock lock;

        Holder(Path root) {
            this.root = root;
        }

        void open(String what, long deadline, DataStore store, Duration wait) {
            try {
                Files.createDirectories(root);
                channel = FileChannel.open(root.resolve(FILE_NAME), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                while ((lock = channel.tryLock()) == null) {
                    if (System.nanoTime() > deadline) {
                        channel.close();
                        throw busy(store, wait);
                    }
                    Thread.sleep(100);
                }
                byte[] me = (what + ", pid " + ProcessHandle.current().pid() + ", since " + Instant.now())
                        .getBytes(StandardCharsets.UTF_8);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(me), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + root.resolve(FILE_NAME) + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the lock of " + root, e);
            }
        }

        void release() {
            try {
                channel.truncate(0);
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unlock " + root.resolve(FILE_NAME) + ": " + e.getMessage(), e);
            } finally {
                lock = null;
                channel = null;
            }
        }
    }
}
