package dev.statusdocs.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GenerateProjectTest {
    @Test
    void allCodesAreEveryCodeFrom100To599() {
        assertArrayEquals(IntStream.rangeClosed(100, 599).toArray(), GenerateProject.spread(500));
    }

    @Test
    void fewerCodesAreDistinctAscendingAndReachEveryClass() {
        for (int count : new int[] {5, 125, 250, 499}) {
            int[] codes = GenerateProject.spread(count);
            assertEquals(count, codes.length);
            assertEquals(count, Arrays.stream(codes).distinct().count(), "distinct");
            assertArrayEquals(Arrays.stream(codes).sorted().toArray(), codes, "ascending");
            assertEquals(5, Arrays.stream(codes).map(code -> code / 100).distinct().count(), "classes 1xx to 5xx");
            assertEquals(100, codes[0]);
            assertTrue(codes[count - 1] <= 599, "at most 599");
        }
    }

    @Test
    void aCountOutsideOneTo500IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GenerateProject.spread(0));
        assertThrows(IllegalArgumentException.class, () -> GenerateProject.spread(501));
    }
}
