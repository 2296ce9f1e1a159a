package nl.gremium.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.gremium.model.Block;
import nl.gremium.model.LogicalDocument;
import nl.gremium.model.SourceFile;
import nl.gremium.model.SourcePart;
import nl.gremium.parse.ParseFailure;
import nl.gremium.parse.ParsedFile;
import nl.gremium.parse.TikaDocumentParser;
import nl.gremium.store.Folders;
import nl.gremium.store.Json;

/**
 * One file parsed and analysed on another machine (a Spark executor of {@code ingest --master}), as JSON in a
 * staging folder the storing run reads: what {@link Ingestor} would have had from its own workers. The storing
 * run then decides, in input order and against what is stored, exactly as for a file it parsed itself, so a
 * cluster run writes the same records as a local one.
 *
 * @param failure the parse's failure reason, or null; {@code error} the analysis's
 */
public record StagedFile(String sha256, String failure, int failurePagesNeedingOcr, long parseNanos, long tikaMillis,
                         long tablesMillis, SourceFile source, int ocrPages, int pagesNeedingOcr, String ocrNote,
                         List<Piece> pieces, String error, long stagesNanos) {

    /** One logical document of the file, with the blocks it came from. */
    public record Piece(LogicalDocument doc, SourcePart place, List<Block> blocks) {}

    /** Where the staged result of the file with this content lives. */
    static Path at(Path staging, String sha256) {
        return staging.resolve(sha256 + ".json");
    }

    void write(Path staging) {
        try {
            Files.createDirectories(staging);
            Path tmp = Files.createTempFile(staging, sha256, ".tmp");
            Json.mapper().writeValue(tmp.toFile(), this);
            Files.move(tmp, at(staging, sha256), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staged result of " + sha256 + " in " + staging, e);
        }
    }

    /** Removes a staging folder and what is left in it (after the storing run, or a run that was stopped). */
    public static void clear(Path staging) {
        Folders.delete(staging);
    }

    static StagedFile read(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), StagedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staged result " + file, e);
        }
    }

    /** The parse outcome as the local workers report it (the blocks travel in the pieces only). */
    ParserPool.Outcome outcome() {
        if (failure != null) {
            return new ParserPool.Outcome(null, new ParseFailure(failure, failurePagesNeedingOcr), parseNanos, null);
        }
        return new ParserPool.Outcome(new ParsedFile(source, List.of(), ocrPages, pagesNeedingOcr, ocrNote, null), null,
                parseNanos, new TikaDocumentParser.Timings(tikaMillis, tablesMillis));
    }
}
