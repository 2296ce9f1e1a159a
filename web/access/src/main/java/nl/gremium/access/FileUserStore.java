package nl.gremium.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import nl.gremium.store.DataLock;
import nl.gremium.store.DataStore;
import nl.gremium.store.Hashing;

/**
 * Accounts in {@code access/users.json} of the data folder, read on every call (a few users; the CLI
 * may change them while the server runs) and rewritten atomically under the data folder's writer lock.
 */
public final class FileUserStore implements UserStore {
    public static final String FILE_NAME = "users.json";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final String TOKEN_PREFIX = "grm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file's shape. */
    record Content(List<User> users) {
        Content {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    private final DataStore store;
    private final Path file;
    private final Clock clock;

    public FileUserStore(DataStore store) {
        this(store, Clock.systemUTC());
    }

    public FileUserStore(DataStore store, Clock clock) {
        this.store = store;
        this.file = store.accessDir().resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    @Override
    public List<User> list() {
        return Files.isRegularFile(file) ? store.readJson(file, Content.class).users() : List.of();
    }

    @Override
    public Optional<User> find(String name) {
        String key = key(name);
        return list().stream().filter(u -> u.name().equals(key)).findFirst();
    }

    @Override
    public User add(String name, Role role, boolean confidential, char[] password) {
        String key = key(name);
        if (!NAME.matcher(key).matches()) {
            throw new AccountRejected(AccountRejected.Reason.NAME_NOT_ALLOWED,
                    "user name '" + name + "' is not allowed: 1–64 letters, digits, '.', '_', '-', '@'", name);
        }
        if (role == null) {
            throw new AccountRejected(AccountRejected.Reason.NO_ROLE, "user " + key + " needs a role", key);
        }
        Passwords.checkPolicy(key, password);
        User u = new User(key, role, confidential, Passwords.hash(password), List.of(), clock.instant());
        try (DataLock ignored = store.lock("users")) {
            List<User> all = new ArrayList<>(list());
            if (all.stream().anyMatch(x -> x.name().equals(key))) {
                throw new AccountRejected(AccountRejected.Reason.EXISTS, "user " + key + " exists already", key);
            }
            all.add(u);
            save(all);
        }
        return u;
    }

    @Override
    public void setPassword(String name, char[] password) {
        Passwords.checkPolicy(key(name), password);
        String hash = Passwords.hash(password);
        update(name, u -> u.withPasswordHash(hash));
    }

    @Override
    public void setRole(String name, Role role, boolean confidential) {
        if (role == null) {
            throw new AccountRejected(AccountRejected.Reason.NO_ROLE, "user " + key(name) + " needs a role", key(name));
        }
        update(name, u -> u.withRole(role, confidential));
    }

    @Override
    public boolean remove(String name) {
        String key = key(name);
        try (DataLock ignored = store.lock("users")) {
            List<User> all = new ArrayList<>(list());
            boolean removed = all.removeIf(u -> u.name().equals(key));
            if (removed) {
                save(all);
            }
            return removed;
        }
    }

    @Override
    public String newToken(String name) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String hash = Hashing.sha256(token);
        update(name, u -> {
            List<String> hashes = new ArrayList<>(u.tokenHashes());
            hashes.add(hash);
            return u.withTokenHashes(hashes);
        });
        return token;
    }

    @Override
    public Optional<User> authenticate(String name, char[] password) {
        if (password == null || password.length > Passwords.MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<User> u = find(name);
        boolean ok = Passwords.matches(password, u.map(User::passwordHash).orElse(null));
        return ok ? u : Optional.empty();
    }

    @Override
    public Optional<User> byToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = Hashing.sha256(token).getBytes(StandardCharsets.US_ASCII);
        return list().stream().filter(u -> u.tokenHashes().stream()
                .anyMatch(h -> MessageDigest.isEqual(h.getBytes(StandardCharsets.US_ASCII), hash))).findFirst();
    }

    private void update(String name, UnaryOperator<User> change) {
        String key = key(name);
        try (DataLock ignored = store.lock("users")) {
            List<User> all = new ArrayList<>(list());
            int i = indexOf(all, key);
            all.set(i, change.apply(all.get(i)));
            save(all);
        }
    }

    private static int indexOf(List<User> all, String key) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(key)) {
                return i;
            }
        }
        throw new AccountRejected(AccountRejected.Reason.NO_SUCH_USER, "no user " + key, key);
    }

    private void save(List<User> all) {
        store.writeJson(file, new Content(all));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
