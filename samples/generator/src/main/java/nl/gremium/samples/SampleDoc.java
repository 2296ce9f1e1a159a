package nl.gremium.samples;

import java.time.LocalDate;
import java.util.List;
import nl.gremium.model.DocKind;

/**
 * One sample document: where it goes, what it is (for samples/manifest.json, which tests read) and its
 * content and gold labels. {@code date} is the document's own date (meeting date for agendas, minutes and proposals).
 */
public record SampleDoc(String file, DocKind kind, String organisation, String body, LocalDate date,
                        String title, List<Element> content, Gold gold) {

    /** The file name without extension, e.g. "agenda-ab-2025-04-02". */
    public String stem() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    /** This document under another file name (same content), e.g. its PDF rendering for the bundle. */
    public SampleDoc as(String otherFile) {
        return new SampleDoc(otherFile, kind, organisation, body, date, title, content, gold);
    }
}
