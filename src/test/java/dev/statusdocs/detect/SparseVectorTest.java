package dev.statusdocs.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SparseVectorTest {
    private static SparseVector vector(int[] features, double[] weights) {
        return new SparseVector(features, weights);
    }

    @Test
    void dotProductMeetsOnlySharedFeatures() {
        SparseVector a = vector(new int[] {1, 4, 9}, new double[] {0.5, 2, 3});
        SparseVector b = vector(new int[] {0, 4, 9, 12}, new double[] {7, 0.25, 2, 1});
        assertEquals(0.5 + 6, a.dot(b), 1e-12);
        assertEquals(a.dot(b), b.dot(a), 1e-12);
        assertEquals(0, a.dot(SparseVector.EMPTY));
    }

    @Test
    void summedVectorsKeepFeaturesInAscendingOrderAndTheSummerStartsAgain() {
        SparseVector.Summer summer = new SparseVector.Summer(20);
        summer.add(vector(new int[] {7, 3}, new double[] {1, 2}));
        summer.add(vector(new int[] {3, 11}, new double[] {0.5, 4}));
        SparseVector sum = summer.take();
        assertArrayEquals(new int[] {3, 7, 11}, sum.features());
        assertArrayEquals(new double[] {2.5, 1, 4}, sum.weights(), 1e-12);
        summer.add(vector(new int[] {5}, new double[] {9}));
        SparseVector next = summer.take();
        assertArrayEquals(new int[] {5}, next.features());
        assertArrayEquals(new double[] {9}, next.weights(), 1e-12);
    }
}
