package nl.gremium.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.gremium.analytics.AnalyticsFiles;
import nl.gremium.store.DataStore;
import nl.gremium.store.StatusStore;

/**
 * What the derived views depend on, cheap to read on every request: the docs folder (every write is
 * a rename into it, which moves its mtime), the source registry (an ingest's last write), the analytics JSON files, the status history, today's date
 * (ages count to today) and a counter this server bumps after its own writes (upload, status change),
 * so a change is seen even within one file-time tick. Another process (a command-line ingest or an
 * analytics run) is seen through the files.
 */
final class DataVersion {
    private final List<Path> watched;
    private final AtomicLong writes = new AtomicLong();

    DataVersion(DataStore store) {
        this.watched = List.of(store.docsDir(), store.sourcesFile(),
                store.analyticsDir().resolve(AnalyticsFiles.RECOMMENDATIONS),
                store.analyticsDir().resolve(AnalyticsFiles.FUNDING),
                store.analyticsDir().resolve(AnalyticsFiles.DECISIONS),
                store.statusDir().resolve(StatusStore.FILE_NAME));
    }

    /** Call after this server changed the data folder. */
    void changed() {
        writes.incrementAndGet();
    }

    /** A value that is equal to an earlier one exactly when nothing watched has changed since. */
    Object current() {
        List<Object> key = new ArrayList<>(watched.size() * 2 + 2);
        key.add(writes.get());
        key.add(LocalDate.now(ZoneId.systemDefault()));
        for (Path p : watched) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                key.add(a.lastModifiedTime());
                key.add(a.size());
            } catch (IOException e) {
                key.add(null); // absent: the analytics job has not run, no status set yet
                key.add(null);
            }
        }
        return key;
    }
}
