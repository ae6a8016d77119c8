package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the texts of one language say about each code, as TF-IDF vectors summed per code (a code's
 * <em>profile</em>) and per code and source. A claim is compared with a code's profile minus its own source's
 * part, so a source never vouches for itself. Profiles are reached through an inverted index from feature to
 * codes, so comparing one claim costs at most a pass over the codes that share its features: the work grows
 * with the number of claims, not with its square. Features are numbered and vectors kept in arrays, so that
 * comparing does not box numbers or hash strings.
 */
final class CodeProfiles {
    /** A feature found in more than this share of texts tells nothing apart and is skipped. */
    private static final double MAX_DOCUMENT_SHARE = 0.5;
    /** A feature found in the texts of more than this share of the codes cannot tell codes apart and is skipped. */
    private static final double MAX_PROFILE_SHARE = 0.5;

    private final List<Claim> texts;
    private final SparseVector[] vectors;
    /** Codes in ascending order; a code's position here is its slot. */
    private final int[] codes;
    private final Map<Integer, Integer> slotOf = new HashMap<>();
    private final double[] profileNormSquared;
    private final Index profileIndex;
    private final Map<String, SourcePart> parts = new HashMap<>();

    private static final int[] NO_SLOTS = new int[0];
    private static final double[] NO_WEIGHTS = new double[0];

    /** For each feature, the codes (by slot) whose vector has it, with its weight there. */
    private record Index(int[][] slots, double[][] weights) {
        static Index of(int featureCount, SparseVector[] bySlot) {
            int[] counts = new int[featureCount];
            for (SparseVector vector : bySlot) {
                for (int feature : vector.features()) {
                    counts[feature]++;
                }
            }
            int[][] slots = new int[featureCount][];
            double[][] weights = new double[featureCount][];
            for (int f = 0; f < featureCount; f++) {
                // One source's part has few of all the features: the rest share one empty list.
                slots[f] = counts[f] == 0 ? NO_SLOTS : new int[counts[f]];
                weights[f] = counts[f] == 0 ? NO_WEIGHTS : new double[counts[f]];
            }
            Arrays.fill(counts, 0);
            for (int slot = 0; slot < bySlot.length; slot++) {
                SparseVector vector = bySlot[slot];
                for (int k = 0; k < vector.size(); k++) {
                    int feature = vector.features()[k];
                    slots[feature][counts[feature]] = slot;
                    weights[feature][counts[feature]++] = vector.weights()[k];
                }
            }
            return new Index(slots, weights);
        }
    }

    /**
     * One source's part of every profile: indexed like the profiles, with each part's dot product with its
     * code's profile and with itself.
     */
    private record SourcePart(Index index, double[] withProfile, double[] withItself) {
    }

    /** @param comparable each text in the form {@link dev.statusdocs.text.TextForms#forComparison} gives */
    CodeProfiles(List<Claim> texts, Lang lang, java.util.function.Function<Claim, String> comparable) {
        this.texts = List.copyOf(texts);
        Map<String, Integer> featureIds = new HashMap<>();
        List<int[]> featuresOf = new ArrayList<>();
        List<int[]> countsOf = new ArrayList<>();
        for (Claim text : this.texts) {
            Map<String, Integer> counts = TextFeatures.ofComparable(comparable.apply(text), lang);
            int[] features = new int[counts.size()];
            int[] occurrences = new int[counts.size()];
            int k = 0;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                features[k] = featureIds.computeIfAbsent(entry.getKey(), f -> featureIds.size());
                occurrences[k++] = entry.getValue();
            }
            featuresOf.add(features);
            countsOf.add(occurrences);
        }
        int featureCount = featureIds.size();
        codes = this.texts.stream().mapToInt(Claim::code).distinct().sorted().toArray();
        for (int slot = 0; slot < codes.length; slot++) {
            slotOf.put(codes[slot], slot);
        }
        vectors = weighted(featuresOf, countsOf, featureCount);

        SparseVector.Summer summer = new SparseVector.Summer(featureCount);
        List<List<Integer>> textsBySlot = new ArrayList<>();
        for (int slot = 0; slot < codes.length; slot++) {
            textsBySlot.add(new ArrayList<>());
        }
        for (int i = 0; i < vectors.length; i++) {
            textsBySlot.get(slotOf.get(this.texts.get(i).code())).add(i);
        }
        SparseVector[] profiles = new SparseVector[codes.length];
        profileNormSquared = new double[codes.length];
        for (int slot = 0; slot < codes.length; slot++) {
            textsBySlot.get(slot).forEach(i -> summer.add(vectors[i]));
            profiles[slot] = summer.take();
            profileNormSquared[slot] = profiles[slot].dot(profiles[slot]);
        }
        profileIndex = Index.of(featureCount, profiles);

        Map<String, List<Integer>> textsBySource = new LinkedHashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            textsBySource.computeIfAbsent(this.texts.get(i).source(), s -> new ArrayList<>()).add(i);
        }
        textsBySource.forEach((source, indices) -> {
            SparseVector[] bySlot = new SparseVector[codes.length];
            Arrays.fill(bySlot, SparseVector.EMPTY);
            Map<Integer, List<Integer>> ofSlot = new TreeMap<>();
            indices.forEach(i -> ofSlot.computeIfAbsent(slotOf.get(this.texts.get(i).code()), s -> new ArrayList<>()).add(i));
            double[] withProfile = new double[codes.length];
            double[] withItself = new double[codes.length];
            ofSlot.forEach((slot, ofCode) -> {
                ofCode.forEach(i -> summer.add(vectors[i]));
                bySlot[slot] = summer.take();
                withProfile[slot] = profiles[slot].dot(bySlot[slot]);
                withItself[slot] = bySlot[slot].dot(bySlot[slot]);
            });
            parts.put(source, new SourcePart(Index.of(featureCount, bySlot), withProfile, withItself));
        });
    }

    /** Each text's TF-IDF vector, of unit length, without the features too common to tell anything apart. */
    private SparseVector[] weighted(List<int[]> featuresOf, List<int[]> countsOf, int featureCount) {
        int[] documentFrequency = new int[featureCount];
        int[] codeFrequency = new int[featureCount];
        int[] lastCode = new int[featureCount];
        Arrays.fill(lastCode, -1);
        Integer[] byCode = new Integer[texts.size()];
        for (int i = 0; i < byCode.length; i++) {
            byCode[i] = i;
        }
        Arrays.sort(byCode, java.util.Comparator.comparingInt(i -> texts.get(i).code()));
        for (int i : byCode) {
            int code = texts.get(i).code();
            for (int feature : featuresOf.get(i)) {
                documentFrequency[feature]++;
                if (lastCode[feature] != code) {
                    lastCode[feature] = code;
                    codeFrequency[feature]++;
                }
            }
        }
        int documents = Math.max(1, texts.size());
        SparseVector[] result = new SparseVector[texts.size()];
        for (int i = 0; i < result.length; i++) {
            int[] features = featuresOf.get(i);
            int[] counts = countsOf.get(i);
            int[] kept = new int[features.length];
            double[] weights = new double[features.length];
            int size = 0;
            double norm = 0;
            for (int k = 0; k < features.length; k++) {
                int df = documentFrequency[features[k]];
                if (documents >= 10 && df > documents * MAX_DOCUMENT_SHARE
                        || codes.length >= 10 && codeFrequency[features[k]] > codes.length * MAX_PROFILE_SHARE) {
                    continue;
                }
                double weight = (1 + Math.log(counts[k])) * Math.log(1 + (double) documents / df);
                kept[size] = features[k];
                weights[size++] = weight;
                norm += weight * weight;
            }
            result[i] = normalized(kept, weights, size, Math.sqrt(norm));
        }
        return result;
    }

    private static SparseVector normalized(int[] features, double[] weights, int size, double length) {
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, java.util.Comparator.comparingInt(k -> features[k]));
        int[] sortedFeatures = new int[size];
        double[] sortedWeights = new double[size];
        for (int k = 0; k < size; k++) {
            sortedFeatures[k] = features[order[k]];
            sortedWeights[k] = length > 0 ? weights[order[k]] / length : weights[order[k]];
        }
        return new SparseVector(sortedFeatures, sortedWeights);
    }

    Claim text(int index) {
        return texts.get(index);
    }

    int featureCount(int index) {
        return vectors[index].size();
    }

    /** The codes, in ascending order; {@link #similarities} gives one score per code, in this order. */
    int code(int slot) {
        return codes[slot];
    }

    /** A code's position in {@link #similarities}, or -1 for a code no text is about. */
    int slot(int code) {
        return slotOf.getOrDefault(code, -1);
    }

    /**
     * Cosine similarity of text {@code index} with every code's profile, leaving out the text's own source;
     * by slot, and NaN for a code that shares nothing with the text.
     */
    double[] similarities(int index) {
        SparseVector vector = vectors[index];
        SourcePart own = parts.get(texts.get(index).source());
        double[] withProfile = new double[codes.length];
        double[] withOwnSource = new double[codes.length];
        for (int k = 0; k < vector.size(); k++) {
            int feature = vector.features()[k];
            double weight = vector.weights()[k];
            int[] slots = profileIndex.slots()[feature];
            double[] weights = profileIndex.weights()[feature];
            for (int p = 0; p < slots.length; p++) {
                withProfile[slots[p]] += weight * weights[p];
            }
            int[] ownSlots = own.index().slots()[feature];
            double[] ownWeights = own.index().weights()[feature];
            for (int p = 0; p < ownSlots.length; p++) {
                withOwnSource[ownSlots[p]] += weight * ownWeights[p];
            }
        }
        double[] similarities = new double[codes.length];
        Arrays.fill(similarities, Double.NaN);
        // Weights are positive, so a code that shares no feature with the text has a numerator of zero.
        for (int slot = 0; slot < codes.length; slot++) {
            double numerator = withProfile[slot] - withOwnSource[slot];
            double normSquared = profileNormSquared[slot] - 2 * own.withProfile()[slot] + own.withItself()[slot];
            if (numerator > 1e-9 && normSquared > 1e-9) {
                similarities[slot] = numerator / Math.sqrt(normSquared);
            }
        }
        return similarities;
    }

    /** Cosine similarity of two texts. */
    double similarity(int a, int b) {
        return vectors[a].dot(vectors[b]);
    }
}
