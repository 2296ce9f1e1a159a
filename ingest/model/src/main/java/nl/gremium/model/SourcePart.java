package nl.gremium.model;

/**
 * Where a logical document's content sits in one source file: the file, the part number within it and its
 * pages. A document found both on its own and inside a bundle (or as the same file in several folders) is
 * one document with several of these.
 */
public record SourcePart(SourceFile source, int part, int pageStart, int pageEnd) {

    /** True when this part is the whole file rather than a piece cut out of a bundle. */
    public boolean wholeFile() {
        return part <= 1 && pageStart <= 1 && (source == null || pageEnd >= source.pageCount());
    }
}
