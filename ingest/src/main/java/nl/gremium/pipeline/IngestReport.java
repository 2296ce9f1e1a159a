package nl.gremium.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gremium.parse.OcrNotice;

/**
 * What one ingest run did. {@code addedIds} are documents written (new or replaced),
 * {@code removedIds} documents deleted because their source changed; the index follows both.
 * {@code unchanged} counts files skipped because their content was ingested already (same path, or the same
 * content under another path). {@code ocrPages} were read by OCR; {@code pagesNeedingOcr} have print but no
 * text and were not read, for the reason in {@code ocrNote} (OCR not installed, or a page over its time limit).
 */
public record IngestReport(int files, int documents, int pages, int unchanged, List<Failure> failures,
                           List<String> addedIds, List<String> removedIds, long elapsedMillis,
                           int ocrPages, int pagesNeedingOcr, String ocrNote) {

    /** The closing summary: counts, then one line per failed file naming the file and the reason. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "ingested %d file%s in %.1f s: %d document%s, %d page%s, %d unchanged skipped, %d failed",
                files, files == 1 ? "" : "s", elapsedMillis / 1000.0, documents, documents == 1 ? "" : "s",
                pages, pages == 1 ? "" : "s", unchanged, failures.size()));
        for (Failure f : failures) {
            lines.add("  failed: " + f.file() + ": " + f.reason());
        }
        if (ocrPages > 0) {
            lines.add(String.format(Locale.ROOT, "%d page%s read by OCR", ocrPages, ocrPages == 1 ? "" : "s"));
        }
        if (pagesNeedingOcr > 0) {
            lines.add(OcrNotice.line(pagesNeedingOcr, ocrNote));
        }
        return lines;
    }
}
