package dev.statusdocs.detect;

import java.util.Arrays;

/** A vector over numbered features, holding only the features it has, in ascending order. */
record SparseVector(int[] features, double[] weights) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    int size() {
        return features.length;
    }

    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < features.length && j < other.features.length) {
            if (features[i] < other.features[j]) {
                i++;
            } else if (features[i] > other.features[j]) {
                j++;
            } else {
                sum += weights[i++] * other.weights[j++];
            }
        }
        return sum;
    }

    /** Sums vectors, adding each feature's weights in the order the vectors are given. */
    static final class Summer {
        private final double[] sums;
        private final boolean[] present;
        private int[] touched = new int[16];
        private int touchedCount;

        Summer(int featureCount) {
            sums = new double[featureCount];
            present = new boolean[featureCount];
        }

        void add(SparseVector vector) {
            for (int k = 0; k < vector.features.length; k++) {
                int feature = vector.features[k];
                if (!present[feature]) {
                    present[feature] = true;
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = feature;
                }
                sums[feature] += vector.weights[k];
            }
        }

        /** The sum so far; the summer starts again from zero. */
        SparseVector take() {
            int[] features = Arrays.copyOf(touched, touchedCount);
            Arrays.sort(features);
            double[] weights = new double[features.length];
            for (int k = 0; k < features.length; k++) {
                weights[k] = sums[features[k]];
                sums[features[k]] = 0;
                present[features[k]] = false;
            }
            touchedCount = 0;
            return new SparseVector(features, weights);
        }
    }
}
