package nl.gremium.model;

/** The file a logical document came from: where it was, what it was, and its content hash (the ingest key). */
public record SourceFile(String path, String fileName, String sha256, long size, String mediaType, int pageCount) {}
