package dev.statusdocs.pipeline;

import dev.statusdocs.render.Remembered;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What {@code serve} remembers between rebuilds: each stage's results by the inputs they came from, so that a
 * rebuild after one edit recomputes only what the edit changed. A plain build uses {@link #NONE} and remembers
 * nothing. Results not asked for during a rebuild are dropped at its end, so the cache never outgrows one site.
 * The stages that check and render pages side by side share it, hence the concurrent maps.
 */
public final class RebuildCache implements Remembered {
    /** Computes every time. */
    public static final RebuildCache NONE = new RebuildCache(false);

    private final boolean enabled;
    private Map<Key, Object> previous = new ConcurrentHashMap<>();
    private Map<Key, Object> current = new ConcurrentHashMap<>();

    private RebuildCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static RebuildCache forServe() {
        return new RebuildCache(true);
    }

    /** The result for {@code key} in {@code stage}, computed only when no rebuild since the last one has seen it. */
    @Override
    @SuppressWarnings("unchecked")
    public <V> V get(String stage, Object key, Supplier<V> compute) {
        if (!enabled) {
            return compute.get();
        }
        Key entry = new Key(stage, key);
        Object value = current.get(entry);
        if (value == null) {
            value = previous.get(entry);
            if (value == null) {
                value = compute.get();
            }
            current.put(entry, value);
        }
        return (V) value;
    }

    /** Ends a rebuild: what it did not use is forgotten. */
    void endRebuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** A stage and its input, hashed once: keys are often large, and each is looked up in both maps. */
    private record Key(String stage, Object input, int hash) {
        Key(String stage, Object input) {
            this(stage, input, 31 * stage.hashCode() + input.hashCode());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && stage.equals(key.stage) && input.equals(key.input);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
