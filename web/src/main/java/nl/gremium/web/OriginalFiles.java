package nl.gremium.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gremium.model.SourceFile;
import nl.gremium.store.DataStore;

/**
 * The ingested originals, kept as {@code files/<sha256>.<ext>}. The path is built from the stored
 * document's hash (checked to be 64 hex digits), never from the request, so no request can reach a
 * file outside the folder. Formats a browser could run (HTML, e-mail) are only offered as downloads.
 */
final class OriginalFiles {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("doc", "application/msword"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("msg", "application/vnd.ms-outlook"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("csv", "text/csv; charset=utf-8"));
    /** Shown in the browser; everything else is sent as an attachment. */
    private static final Set<String> INLINE = Set.of("pdf", "txt");

    record Original(Path path, String contentType, boolean inline, String downloadName) {}

    private final Path dir;

    OriginalFiles(DataStore store) {
        this.dir = store.filesDir().toAbsolutePath().normalize();
    }

    Optional<Original> find(SourceFile source) {
        if (source == null || source.sha256() == null || !SHA256.matcher(source.sha256()).matches() || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String ext = extension(source.fileName());
        Path p = dir.resolve(source.sha256() + (ext.isEmpty() ? "" : "." + ext)).normalize();
        if (!Files.isRegularFile(p)) {
            p = anyWithHash(source.sha256());
        }
        if (p == null || !p.startsWith(dir) || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        String actualExt = extension(p.getFileName().toString());
        String type = TYPES.getOrDefault(actualExt, "application/octet-stream");
        return Optional.of(new Original(p, type, INLINE.contains(actualExt), safeName(source.fileName())));
    }

    private Path anyWithHash(String sha) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith(sha + ".") || f.getFileName().toString().equals(sha))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A file name fit for a Content-Disposition header and for a path segment: letters, digits, space
     * and {@code ._()-} only, no leading dot (so never "." or ".."), at most 120 characters.
     */
    static String safeName(String name) {
        String n = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceFirst("^[.\\s]+", "").strip();
        if (n.length() > 120) {
            String ext = extension(n);
            n = n.substring(0, 110) + (ext.isEmpty() || ext.length() > 8 ? "" : "." + ext);
        }
        return n.isBlank() ? "document" : n;
    }
}
