package nl.gremium.pipeline;

import java.util.List;

/**
 * What one ingest run did. {@code addedIds} are documents written (new or replaced),
 * {@code removedIds} documents deleted because their source changed; the index follows both.
 */
public record IngestReport(int files, int documents, int pages, int unchanged, List<Failure> failures,
                           List<String> addedIds, List<String> removedIds, long elapsedMillis) {}
