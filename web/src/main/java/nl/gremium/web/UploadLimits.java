package nl.gremium.web;

/**
 * What one user may upload: files of at most {@code maxBytes}, at most {@code perMinute} uploads in any
 * minute (an upload parses a whole document, so a script looping on the endpoint would starve everyone).
 */
record UploadLimits(long maxBytes, int perMinute) {
    static final UploadLimits DEFAULT = new UploadLimits(200L * 1024 * 1024, 30);
    /** Room for the multipart envelope (boundaries, part headers) around a file of the largest size. */
    static final long ENVELOPE = 64 * 1024;

    String tooLarge() {
        return "upload too large: at most " + describe(maxBytes) + " per file";
    }

    static String describe(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
