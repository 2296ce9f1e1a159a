package nl.gremium.pipeline;

/** A file that could not be ingested, and why, in one line. */
public record Failure(String file, String reason) {}
