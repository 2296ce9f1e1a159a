package nl.gremium.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gremium.model.LogicalDocument;

/**
 * Confidentiality set by the secretariat, overriding what the text says: {@code status/confidentiality.jsonl},
 * one line per change (latest per document wins). The mark is written onto the stored document at once
 * and applied again whenever the document is analysed anew (ingest of a changed file, retag), so it is
 * never lost to re-analysis.
 */
public final class ConfidentialityMarks {
    public static final String FILE_NAME = "confidentiality.jsonl";

    /** One change: who marked which document confidential (or public), when. */
    public record Mark(String docId, boolean confidential, String who, Instant when) {}

    private final Path file;
    private final Clock clock;

    public ConfidentialityMarks(DataStore store) {
        this(store, Clock.systemUTC());
    }

    public ConfidentialityMarks(DataStore store, Clock clock) {
        this.file = store.statusDir().resolve(FILE_NAME);
        this.clock = clock;
    }

    public Mark set(String docId, boolean confidential, String who) {
        Mark m = new Mark(docId, confidential, who, clock.instant());
        String line;
        try {
            line = Json.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + m, e);
        }
        AppendOnlyFile.append(file, last -> line);
        return m;
    }

    /** The latest mark per document id. */
    public Map<String, Boolean> latest() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        all().forEach(m -> out.put(m.docId(), m.confidential()));
        return out;
    }

    /** Every mark, oldest first. */
    public List<Mark> all() {
        List<Mark> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (l.isBlank()) {
                    continue;
                }
                try {
                    out.add(Json.mapper().readValue(l, Mark.class));
                } catch (JacksonException e) {
                    System.err.println("warning: " + file.getFileName() + ": a torn line skipped");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The document with the secretariat's mark, if it has one. */
    public LogicalDocument apply(LogicalDocument d, Map<String, Boolean> latest) {
        Boolean mark = latest.get(d.id());
        if (mark == null || d.metadata() == null || d.metadata().confidential() == mark) {
            return d;
        }
        return new LogicalDocument(d.id(), d.source(), d.part(), d.pageStart(), d.pageEnd(), d.kind(),
                d.metadata().withConfidential(mark), d.blocks(), d.agendaItems(), d.tags(), d.taggerVersion());
    }
}
