package nl.gremium.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A word list kept as a resource beside the class that uses it: one entry per line, trimmed; blank lines and
 * lines starting with '#' (the list's own explanation) are left out. A missing resource is a broken build, so
 * it fails loudly rather than leaving a tagger without its words.
 */
public final class WordList {
    private WordList() {}

    /** The entries of {@code name}, looked up relative to {@code owner}'s package. */
    public static List<String> read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + owner.getPackageName().replace('.', '/') + "/" + name + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
