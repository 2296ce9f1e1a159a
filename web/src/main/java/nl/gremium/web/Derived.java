package nl.gremium.web;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A view computed from the data folder (lists across documents, analytics read from disk), computed
 * once per {@link DataVersion} and shared by every request until the data changes. There are two of
 * each, one with confidential documents and one without, each computed as a user of that clearance
 * sees the data ({@link Principal#viewing}), so a cached view never shows one user what another may see.
 */
final class Derived<T> {
    private final DataVersion version;
    private final Supplier<T> compute;
    private final Object[] computedAt = new Object[2];
    private final Object[] values = new Object[2];

    Derived(DataVersion version, Supplier<T> compute) {
        this.version = version;
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    synchronized T get() {
        boolean cleared = Principal.current().confidential();
        int slot = cleared ? 1 : 0;
        Object now = version.current();
        if (values[slot] == null || !Objects.equals(now, computedAt[slot])) {
            values[slot] = Principal.viewing(cleared, compute);
            computedAt[slot] = now;
        }
        return (T) values[slot];
    }
}
