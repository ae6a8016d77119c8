package dev.statusdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RebuildCacheTest {
    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String key) {
        computed.incrementAndGet();
        return key.toUpperCase();
    }

    @Test
    void aResultSeenInTheLastRebuildIsReusedAndOneNotAskedForIsForgotten() {
        RebuildCache cache = RebuildCache.forServe();
        assertEquals("A", cache.get("stage", "a", () -> compute("a")));
        assertEquals("B", cache.get("stage", "b", () -> compute("b")));
        cache.endRebuild();
        assertEquals("A", cache.get("stage", "a", () -> compute("a")));
        assertEquals(2, computed.get(), "a is reused");
        cache.endRebuild();
        assertEquals("B", cache.get("stage", "b", () -> compute("b")));
        assertEquals(3, computed.get(), "b was not asked for in the rebuild before, so it is computed again");
    }

    @Test
    void stagesDoNotShareResultsForEqualKeys() {
        RebuildCache cache = RebuildCache.forServe();
        assertEquals("A", cache.get("one", "a", () -> compute("a")));
        assertEquals("A", cache.get("two", "a", () -> compute("a")));
        assertEquals(2, computed.get());
    }

    @Test
    void aPlainBuildRemembersNothing() {
        RebuildCache.NONE.get("stage", "a", () -> compute("a"));
        RebuildCache.NONE.get("stage", "a", () -> compute("a"));
        assertEquals(2, computed.get());
    }
}
