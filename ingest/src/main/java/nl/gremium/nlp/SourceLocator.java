package nl.gremium.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the local copy of a labelled file under source directories: at {@code DIR/owner+name/path}, at
 * {@code DIR/path}, or anywhere under DIR by file name; a candidate counts only when its git blob id equals the
 * pointer's (so a re-fetched, changed file is not silently used). A pointer whose path names only a folder
 * is found by its blob id alone.
 */
public final class SourceLocator {
    private final List<Path> dirs;
    private Map<String, List<Path>> byName;
    private final Map<Path, String> blobs = new HashMap<>();

    public SourceLocator(List<Path> dirs) {
        this.dirs = List.copyOf(dirs);
    }

    public Optional<Path> find(LabelPointer.FileRef ref) {
        String name = Path.of(ref.path()).getFileName().toString();
        List<Path> candidates = new ArrayList<>();
        for (Path d : dirs) {
            candidates.add(d.resolve(ref.repo().replace('/', '+')).resolve(ref.path()));
            candidates.add(d.resolve(ref.path()));
        }
        candidates.addAll(byName().getOrDefault(name, List.of()));
        for (Path c : candidates) {
            if (Files.isRegularFile(c) && (ref.blob().isEmpty() || ref.blob().equalsIgnoreCase(blob(c)))) {
                return Optional.of(c);
            }
        }
        if (ref.blob().isEmpty()) {
            return Optional.empty();
        }
        // a pointer may name only the folder and the blob (where file names are document titles): any file
        // under the source directories with that git blob id is the one
        for (List<Path> files : byName().values()) {
            for (Path c : files) {
                if (ref.blob().equalsIgnoreCase(blob(c))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, List<Path>> byName() {
        if (byName == null) {
            byName = new HashMap<>();
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(d)) {
                    s.filter(Files::isRegularFile).forEach(p -> byName
                            .computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot walk " + d, e);
                }
            }
        }
        return byName;
    }

    private String blob(Path file) {
        return blobs.computeIfAbsent(file, SourceLocator::gitBlob);
    }

    /** Git's object id of a file's bytes: SHA-1 of "blob SIZE\0" followed by the bytes. */
    static String gitBlob(Path file) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-1");
            d.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    d.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
