package nl.gremium.web;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.gremium.store.DataStore;
import nl.gremium.store.Json;

/**
 * The saved searches and follows of every user, in {@code alerts/saved.json} of the data folder (written whole to a
 * temporary file and renamed into place, so a reader never sees half a file).
 */
final class SavedSearches {
    static final String DIR = "alerts";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;

    SavedSearches(DataStore store) {
        this.file = store.root().resolve(DIR).resolve("saved.json");
    }

    synchronized List<SavedSearch> all() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(Json.mapper().readValue(file.toFile(), new TypeReference<List<SavedSearch>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    List<SavedSearch> of(String user) {
        return all().stream().filter(s -> s.user().equals(user)).toList();
    }

    Optional<SavedSearch> byToken(String token) {
        return token == null || token.length() < 32 ? Optional.empty()
                : all().stream().filter(s -> Access.sameToken(s.feedToken(), token)).findFirst();
    }

    synchronized SavedSearch add(SavedSearch s) {
        List<SavedSearch> all = new ArrayList<>(all());
        all.add(s);
        write(all);
        return s;
    }

    synchronized boolean remove(String user, String id) {
        List<SavedSearch> all = new ArrayList<>(all());
        boolean removed = all.removeIf(s -> s.id().equals(id) && s.user().equals(user));
        write(all);
        return removed;
    }

    /** Replaces each saved search by what {@code change} makes of it. */
    synchronized void update(UnaryOperator<SavedSearch> change) {
        write(all().stream().map(change).toList());
    }

    static String newSecret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private void write(List<SavedSearch> all) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writeValue(tmp.toFile(), all);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
