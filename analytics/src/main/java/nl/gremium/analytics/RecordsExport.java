package nl.gremium.analytics;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gremium.export.RecordRow;
import nl.gremium.export.RecordRows;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.Metadata;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;

/**
 * Writes the data folder's documents as the records dataset Spark reads: one folder per type under
 * {@link DataStore#recordsDir()}, each holding JSON lines ({@code part-00000.jsonl}):
 * {@code document/} ({@link DocumentRow}), {@code agenda_item/} ({@link AgendaItemRow}) and one per
 * {@link RecordRows#TYPES} entry ({@link RecordRow}: decision, recommendation, action, amount, funding).
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
        return Stream.concat(Stream.of(DOCUMENT, AGENDA_ITEM), RecordRows.TYPES.stream()).toList();
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
            long start = System.nanoTime();
            for (Path f : files) {
                LogicalDocument d;
                try {
                    d = store.readJson(f, LogicalDocument.class);
                } catch (UncheckedIOException e) {
                    failed++;
                    progress.accept("records: skipped " + e.getMessage());
                    continue;
                }
                writers.get(DOCUMENT).add(documentRow(d));
                for (AgendaItem a : d.agendaItems()) {
                    writers.get(AGENDA_ITEM).add(agendaRow(d, a));
                }
                for (RecordRow r : RecordRows.of(d)) {
                    Writer w = writers.get(r.type());
                    if (w != null) {
                        w.add(r);
                    }
                }
                done++;
                if (done % 1000 == 0) {
                    double rate = done / Math.max(1e-9, (System.nanoTime() - start) / 1e9);
                    progress.accept(String.format(Locale.ROOT, "records: %d/%d documents (%.0f/s, ETA %.0fs)", done, files.size(),
                            rate, (files.size() - done) / rate));
                }
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

    static DocumentRow documentRow(LogicalDocument d) {
        Metadata m = d.metadata();
        String text = d.blocks().stream().map(Block::text).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        return new DocumentRow(d.id(), d.source() == null ? null : d.source().fileName(), d.title(),
                d.kind() == null ? null : d.kind().name(), m == null ? null : m.organisation(),
                m == null ? null : m.body(), m == null ? null : m.date(), m == null ? null : m.meetingDate(),
                m == null ? null : m.documentDate(), d.pageStart(), d.pageEnd(), d.agendaItems().size(), text);
    }

    static AgendaItemRow agendaRow(LogicalDocument d, AgendaItem a) {
        Metadata m = d.metadata();
        return new AgendaItemRow(d.id(), d.title(), d.kind() == null ? null : d.kind().name(),
                m == null ? null : m.organisation(), m == null ? null : m.body(), m == null ? null : m.date(),
                a.number(), a.title(), a.text(), a.pageStart());
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
