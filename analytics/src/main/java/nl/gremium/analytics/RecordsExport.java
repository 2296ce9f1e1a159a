package nl.gremium.analytics;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gremium.export.AgendaItemRow;
import nl.gremium.export.DocumentRow;
import nl.gremium.export.ExportRow;
import nl.gremium.export.ExportRows;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.LogicalDocument;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;
import nl.gremium.text.Progress;

/**
 * Writes the data folder's documents as the records dataset Spark reads: one folder per type under
 * {@link DataStore#recordsDir()}, each holding JSON lines ({@code part-00000.jsonl}):
 * {@code document/} ({@link DocumentRow}), {@code agenda_item/} ({@link AgendaItemRow}) and one per
 * {@link ExportRows#TYPES} entry (that type's {@link ExportRow}: decision, recommendation, action, amount,
 * funding, motion).
 * Each file is written beside its target and moved into place, so re-running replaces the dataset
 * whole and a reader never sees half of it. A document that cannot be read is reported and skipped.
 */
public final class RecordsExport {
    public static final String DOCUMENT = "document";
    public static final String AGENDA_ITEM = "agenda_item";
    static final String PART = "part-00000.jsonl";

    private RecordsExport() {}

    /** All dataset types: document, agenda_item, then the record types. */
    public static List<String> types() {
        return Stream.concat(Stream.of(DOCUMENT, AGENDA_ITEM), ExportRows.TYPES.stream()).toList();
    }

    /** Writes the dataset and returns the number of rows per type. */
    public static Map<String, Long> write(DataStore store, Consumer<String> progress) {
        Path dir = store.recordsDir();
        Map<String, Writer> writers = new LinkedHashMap<>();
        try {
            for (String t : types()) {
                writers.put(t, new Writer(dir.resolve(t)));
            }
            List<Path> files = store.docFiles();
            int done = 0;
            int failed = 0;
            Progress shown = Progress.lines(progress, "records", "documents", null, files.size(), Duration.ofSeconds(5));
            for (Path f : files) {
                shown.update(done + failed, 0, null);
                LogicalDocument d;
                try {
                    d = store.readJson(f, LogicalDocument.class);
                } catch (UncheckedIOException e) {
                    failed++;
                    progress.accept("records: skipped " + e.getMessage());
                    continue;
                }
                writers.get(DOCUMENT).add(ExportRows.document(d));
                for (AgendaItem a : d.agendaItems()) {
                    writers.get(AGENDA_ITEM).add(ExportRows.agendaItem(d, a));
                }
                for (ExportRow r : ExportRows.of(d)) {
                    Writer w = writers.get(r.type());
                    if (w != null) {
                        w.add(r);
                    }
                }
                done++;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (var e : writers.entrySet()) {
                counts.put(e.getKey(), e.getValue().commit());
            }
            progress.accept("records: " + done + " documents" + (failed > 0 ? " (" + failed + " unreadable)" : "")
                    + " → " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write records under " + dir + ": " + e.getMessage(), e);
        } finally {
            writers.values().forEach(Writer::abort);
        }
    }

    /** One type's JSON-lines file, written to a temporary name and moved into place on commit. */
    private static final class Writer {
        private static final ObjectWriter JSON = Json.mapper().writer();
        private final Path target;
        private final Path tmp;
        private final BufferedWriter out;
        private long rows;

        Writer(Path dir) throws IOException {
            Files.createDirectories(dir);
            this.target = dir.resolve(PART);
            this.tmp = Files.createTempFile(dir, ".tmp-", ".jsonl");
            this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        }

        void add(Object row) throws IOException {
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
            rows++;
        }

        long commit() throws IOException {
            out.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        }

        void abort() {
            try {
                out.close();
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: a stray temp file is hidden (dot name) and never read
            }
        }
    }
}
