package dev.statusdocs.pipeline;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Remembers the last result of a computation together with the input it came from; the same input (by
 * {@code equals}) gives the remembered result without computing again. Used across rebuilds in one JVM.
 */
final class Memo<K, V> {
    private K lastKey;
    private V lastValue;

    synchronized V get(K key, Supplier<V> compute) {
        if (lastValue != null && Objects.equals(key, lastKey)) {
            return lastValue;
        }
        V value = compute.get();
        lastKey = key;
        lastValue = value;
        return value;
    }
}
