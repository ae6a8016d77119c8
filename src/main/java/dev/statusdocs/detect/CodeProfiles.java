package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the texts of one language say about each code, as TF-IDF vectors summed per code (a code's
 * <em>profile</em>) and per code and source. A claim is compared with a code's profile minus its own source's
 * part, so a source never vouches for itself. Profiles are reached through an inverted index from feature to
 * codes, so comparing one claim costs at most a pass over the codes that share its features: the work grows
 * with the number of claims, not with its square.
 */
final class CodeProfiles {
    /** A feature found in more than this share of texts tells nothing apart and is skipped. */
    private static final double MAX_DOCUMENT_SHARE = 0.5;
    /** A feature found in the texts of more than this share of the codes cannot tell codes apart and is skipped. */
    private static final double MAX_PROFILE_SHARE = 0.5;

    private final List<Claim> texts;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<Integer, Map<String, Double>> profiles = new HashMap<>();
    private final Map<String, Map<Integer, Map<String, Double>>> bySource = new HashMap<>();
    private final Map<String, List<Posting>> profileIndex = new HashMap<>();
    private final Map<String, Map<String, List<Posting>>> sourceIndex = new HashMap<>();
    private final Map<Integer, Double> profileNormSquared = new HashMap<>();
    private final List<Integer> codeOrder = new ArrayList<>();
    private final Map<Integer, Integer> slotOf = new HashMap<>();
    /** Per source and code: the profile's dot product with the source's part, and the part's own. */
    private final Map<String, Map<Integer, double[]>> ownPartProducts = new HashMap<>();

    /** A code's weight for a feature; the code is given by its slot in {@code codeOrder}. */
    private record Posting(int slot, double weight) {
    }

    CodeProfiles(List<Claim> texts, Lang lang) {
        this.texts = List.copyOf(texts);
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Claim text : this.texts) {
            Map<String, Integer> features = TextFeatures.of(text.text(), lang);
            counts.add(features);
            features.keySet().forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
        }
        int documents = Math.max(1, this.texts.size());
        Map<String, Integer> codeFrequency = codeFrequency(counts);
        int codeCount = (int) this.texts.stream().map(Claim::code).distinct().count();
        for (int i = 0; i < counts.size(); i++) {
            Map<String, Double> vector = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> feature : counts.get(i).entrySet()) {
                int df = documentFrequency.get(feature.getKey());
                if (documents >= 10 && df > documents * MAX_DOCUMENT_SHARE
                        || codeCount >= 10 && codeFrequency.get(feature.getKey()) > codeCount * MAX_PROFILE_SHARE) {
                    continue;
                }
                double weight = (1 + Math.log(feature.getValue())) * Math.log(1 + (double) documents / df);
                vector.put(feature.getKey(), weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            if (length > 0) {
                vector.replaceAll((feature, weight) -> weight / length);
            }
            vectors.add(vector);
            Claim text = this.texts.get(i);
            addTo(profiles.computeIfAbsent(text.code(), c -> new HashMap<>()), vector);
            addTo(bySource.computeIfAbsent(text.source(), s -> new HashMap<>())
                    .computeIfAbsent(text.code(), c -> new HashMap<>()), vector);
        }
        codeOrder.addAll(new java.util.TreeSet<>(profiles.keySet()));
        for (int slot = 0; slot < codeOrder.size(); slot++) {
            slotOf.put(codeOrder.get(slot), slot);
        }
        profiles.forEach((code, profile) -> {
            profileNormSquared.put(code, dot(profile, profile));
            profile.forEach((f, w) -> profileIndex.computeIfAbsent(f, k -> new ArrayList<>()).add(new Posting(slotOf.get(code), w)));
        });

        bySource.forEach((source, codes) -> codes.forEach((code, part) -> {
            part.forEach((f, w) -> sourceIndex.computeIfAbsent(source, k -> new HashMap<>())
                    .computeIfAbsent(f, k -> new ArrayList<>()).add(new Posting(slotOf.get(code), w)));
            ownPartProducts.computeIfAbsent(source, k -> new HashMap<>())
                    .put(code, new double[] {dot(profiles.get(code), part), dot(part, part)});
        }));
    }

    /** In how many codes' texts each feature occurs. */
    private Map<String, Integer> codeFrequency(List<Map<String, Integer>> counts) {
        Map<String, java.util.Set<Integer>> codesOf = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            int code = texts.get(i).code();
            counts.get(i).keySet().forEach(f -> codesOf.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(code));
        }
        Map<String, Integer> frequency = new HashMap<>();
        codesOf.forEach((f, set) -> frequency.put(f, set.size()));
        return frequency;
    }

    int size() {
        return texts.size();
    }

    Claim text(int index) {
        return texts.get(index);
    }

    int featureCount(int index) {
        return vectors.get(index).size();
    }

    /** Cosine similarity of text {@code index} with every code's profile, leaving out the text's own source. */
    Map<Integer, Double> similarities(int index) {
        Map<String, Double> vector = vectors.get(index);
        String source = texts.get(index).source();
        // Dense accumulators by code position: one pass over the postings, no boxing.
        double[] withProfile = new double[codeOrder.size()];
        double[] withOwnSource = new double[codeOrder.size()];
        boolean[] touched = new boolean[codeOrder.size()];
        Map<String, List<Posting>> ownIndex = sourceIndex.getOrDefault(source, Map.of());
        vector.forEach((feature, weight) -> {
            for (Posting p : profileIndex.getOrDefault(feature, List.of())) {
                withProfile[p.slot()] += weight * p.weight();
                touched[p.slot()] = true;
            }
            for (Posting p : ownIndex.getOrDefault(feature, List.of())) {
                withOwnSource[p.slot()] += weight * p.weight();
            }
        });
        Map<Integer, Double> similarities = new HashMap<>();
        Map<Integer, double[]> ownProducts = ownPartProducts.getOrDefault(source, Map.of());
        for (int slot = 0; slot < touched.length; slot++) {
            if (!touched[slot]) {
                continue;
            }
            int code = codeOrder.get(slot);
            double[] own = ownProducts.getOrDefault(code, new double[] {0, 0});
            double numerator = withProfile[slot] - withOwnSource[slot];
            double normSquared = profileNormSquared.get(code) - 2 * own[0] + own[1];
            if (numerator > 1e-9 && normSquared > 1e-9) {
                similarities.put(code, numerator / Math.sqrt(normSquared));
            }
        }
        return similarities;
    }

    /** Cosine similarity of two texts. */
    double similarity(int a, int b) {
        return dot(vectors.get(a), vectors.get(b));
    }

    private static void addTo(Map<String, Double> sum, Map<String, Double> vector) {
        vector.forEach((f, w) -> sum.merge(f, w, Double::sum));
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double other = large.get(entry.getKey());
            if (other != null) {
                sum += entry.getValue() * other;
            }
        }
        return sum;
    }
}
