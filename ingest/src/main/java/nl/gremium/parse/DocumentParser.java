package nl.gremium.parse;

import java.nio.file.Path;

/**
 * A file to blocks with pages. Two implementations: {@link TikaDocumentParser} parses in this process
 * (tests, the parse worker itself), {@link ParserWorker} sends the file to a child JVM with a time and
 * memory limit so a hostile or huge file cannot hang or exhaust the caller (ingest, uploads).
 */
public interface DocumentParser extends AutoCloseable {

    /** @throws ParseFailure with a one-line reason naming what is wrong with the file */
    ParsedFile parse(Path file) throws ParseFailure;

    /** Where the time of the last parse went (Tika, table recovery). */
    TikaDocumentParser.Timings lastTimings();

    @Override
    default void close() {}
}
