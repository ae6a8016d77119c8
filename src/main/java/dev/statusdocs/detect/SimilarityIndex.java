package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of every claim in one language, with an inverted index from feature to claims, so that a
 * claim is compared only with the claims it shares features with: the work grows with the postings
 * touched, not with the square of the number of claims.
 */
final class SimilarityIndex {
    /** A feature found in more than this share of texts tells nothing apart and is skipped. */
    private static final double MAX_DOCUMENT_SHARE = 0.5;

    private final List<Claim> claims;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    SimilarityIndex(List<Claim> claims, Lang lang) {
        this.claims = List.copyOf(claims);
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Claim claim : this.claims) {
            Map<String, Integer> features = TextFeatures.of(claim.text(), lang);
            counts.add(features);
            features.keySet().forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
        }
        int documents = Math.max(1, this.claims.size());
        for (int i = 0; i < counts.size(); i++) {
            Map<String, Double> vector = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> feature : counts.get(i).entrySet()) {
                int df = documentFrequency.get(feature.getKey());
                if (documents >= 10 && df > documents * MAX_DOCUMENT_SHARE) {
                    continue;
                }
                double weight = (1 + Math.log(feature.getValue())) * Math.log(1 + (double) documents / df);
                vector.put(feature.getKey(), weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            vector.replaceAll((feature, weight) -> weight / length);
            vectors.add(vector);
            int index = i;
            vector.keySet().forEach(f -> postings.computeIfAbsent(f, k -> new ArrayList<>()).add(index));
        }
    }

    int size() {
        return claims.size();
    }

    Claim claim(int index) {
        return claims.get(index);
    }

    int featureCount(int index) {
        return vectors.get(index).size();
    }

    /** Cosine similarity of claim {@code index} with every claim it shares a feature with. */
    Map<Integer, Double> neighbours(int index) {
        Map<Integer, Double> scores = new HashMap<>();
        vectors.get(index).forEach((feature, weight) -> {
            for (int other : postings.get(feature)) {
                if (other != index) {
                    scores.merge(other, weight * vectors.get(other).get(feature), Double::sum);
                }
            }
        });
        return scores;
    }
}
