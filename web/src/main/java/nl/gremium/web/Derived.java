package nl.gremium.web;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A view computed from the data folder (lists across documents, analytics read from disk), computed
 * once per {@link DataVersion} and shared by every request until the data changes.
 */
final class Derived<T> {
    private final DataVersion version;
    private final Supplier<T> compute;
    private Object computedAt;
    private T value;

    Derived(DataVersion version, Supplier<T> compute) {
        this.version = version;
        this.compute = compute;
    }

    synchronized T get() {
        Object now = version.current();
        if (value == null || !Objects.equals(now, computedAt)) {
            value = compute.get();
            computedAt = now;
        }
        return value;
    }
}
