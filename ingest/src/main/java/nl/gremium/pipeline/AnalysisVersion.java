package nl.gremium.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.gremium.tag.DocumentTagger;
import nl.gremium.text.Whitespace;

/**
 * The version of the analysis: 12 hex of a SHA-256 over the compiled classes and resources of every
 * package that decides kind, metadata, agenda items and tags (classify, meta, segment, tag, nlp, text).
 * Derived from the code itself, so nobody has to remember to bump it: any change to a rule, word list
 * or model gives a new version, and {@code retag} redoes the documents stored under another one.
 */
public final class AnalysisVersion {
    private static final List<String> PACKAGES = List.of("nl/gremium/classify/", "nl/gremium/meta/",
            "nl/gremium/segment/", "nl/gremium/tag/", "nl/gremium/nlp/", "nl/gremium/text/");
    private static volatile String current;

    private AnalysisVersion() {}

    public static String current() {
        if (current == null) {
            MessageDigest d = sha256();
            digest(d, DocumentTagger.class);
            digest(d, Whitespace.class);
            current = HexFormat.of().formatHex(d.digest(), 0, 6);
        }
        return current;
    }

    /** Adds the entries of our packages in the jar or class folder that holds {@code anchor}. */
    private static void digest(MessageDigest d, Class<?> anchor) {
        try {
            Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                List<Path> files = new ArrayList<>();
                for (String p : PACKAGES) {
                    Path dir = where.resolve(p);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> s = Files.walk(dir)) {
                            s.filter(Files::isRegularFile).forEach(files::add);
                        }
                    }
                }
                files.sort(null);
                for (Path f : files) {
                    d.update(where.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    d.update(Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry x = e.nextElement();
                        if (!x.isDirectory() && PACKAGES.stream().anyMatch(x.getName()::startsWith)) {
                            entries.add(x);
                        }
                    }
                    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                    for (JarEntry x : entries) {
                        d.update(x.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(x)) {
                            d.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
