package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text that describes another code: within one language, compared with what the other sources and the
 * canonical pages say about every code, it is much closer to another code's texts than to its own code's.
 * Texts of the same source are not compared (repeats within a source are duplicate entries), and short texts
 * are skipped, since they share too little to tell codes apart. The canonical pages only serve as reference:
 * they are never reported, but they tell which of two swapped texts belongs where.
 */
final class MisplacedDescriptionRule implements Rule {
    /** The least similarity with another code's text that counts as describing it. */
    static final double THRESHOLD = 0.40;
    /** How much closer to the other code than to its own code the text must be. */
    static final double MARGIN = 0.15;
    /** Texts with fewer distinguishing features are too short to judge. */
    static final int MIN_FEATURES = 4;
    /** Similarity with texts of its own code from which a text counts as supported by them. */
    static final double SUPPORT = 0.20;
    /** Stands for the canonical pages where a source id is expected. */
    static final String REFERENCE_SOURCE = "canonical";

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            List<Claim> claims = new ArrayList<>(context.claims().stream()
                    .filter(c -> c.lang() == lang && !c.text().isBlank()).toList());
            int sourceClaims = claims.size();
            claims.addAll(referenceTexts(context, lang));
            SimilarityIndex index = new SimilarityIndex(claims, lang);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < sourceClaims; i++) {
                if (index.featureCount(i) >= MIN_FEATURES) {
                    best(index, i).ifPresent(candidates::add);
                }
            }
            for (Candidate candidate : candidates) {
                if (!outweighedByItsMirror(candidate, candidates, context)) {
                    findings.add(finding(candidate.claim(), candidate.match(), candidate.score(), candidate.own()));
                }
            }
        }
        return findings;
    }

    /** A text that looks like it describes another code, with the closest text of that code. */
    private record Candidate(Claim claim, Claim match, double score, double own) {
    }

    /**
     * When two texts each look like the other's code (a swap seen from both ends), only one is misplaced.
     * A text that other texts of its own code support is presumed right; when both or neither are supported,
     * the more trusted source is. Equal trust leaves both reported.
     */
    private static boolean outweighedByItsMirror(Candidate candidate, List<Candidate> candidates,
                                                 DetectionContext context) {
        return candidates.stream().anyMatch(other -> other.claim().equals(candidate.match())
                && other.match().equals(candidate.claim()) && isRightRather(candidate, other, context));
    }

    private static boolean isRightRather(Candidate candidate, Candidate mirror, DetectionContext context) {
        boolean supported = candidate.own() >= SUPPORT;
        boolean mirrorSupported = mirror.own() >= SUPPORT;
        if (supported != mirrorSupported) {
            return supported;
        }
        return trust(context, candidate.claim()) > trust(context, mirror.claim());
    }

    private static int trust(DetectionContext context, Claim claim) {
        return context.spec(claim.source()).trustFor(claim.lang());
    }

    private Optional<Candidate> best(SimilarityIndex index, int i) {
        Claim claim = index.claim(i);
        double own = 0;
        Map<Integer, Double> otherCodes = new TreeMap<>();
        Map<Integer, Claim> closest = new TreeMap<>();
        for (Map.Entry<Integer, Double> neighbour : index.neighbours(i).entrySet()) {
            Claim other = index.claim(neighbour.getKey());
            if (other.source().equals(claim.source()) || index.featureCount(neighbour.getKey()) < MIN_FEATURES) {
                continue;
            }
            double score = neighbour.getValue();
            if (other.code() == claim.code()) {
                own = Math.max(own, score);
            } else if (score > otherCodes.getOrDefault(other.code(), 0.0)) {
                otherCodes.put(other.code(), score);
                if (!isReference(other) || !closest.containsKey(other.code())) {
                    closest.put(other.code(), other);
                }
            }
        }
        double ownScore = own;
        return otherCodes.entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD && e.getValue() >= ownScore + MARGIN)
                .max(Map.Entry.comparingByValue())
                .map(e -> new Candidate(claim, closest.get(e.getKey()), e.getValue(), ownScore));
    }

    /**
     * Each canonical page's title and one-sentence summary in {@code lang}, as a claim of a pseudo-source that
     * no rule reports. The summary states the meaning; the whole body would dilute it with related topics.
     */
    private static List<Claim> referenceTexts(DetectionContext context, Lang lang) {
        List<Claim> texts = new ArrayList<>();
        for (CodePage page : context.pages()) {
            String summary = page.summary().get(lang);
            if (summary != null && !page.missingLanguages().contains(lang)) {
                texts.add(new Claim(REFERENCE_SOURCE, page.file(), 1, page.code(), Optional.empty(), lang,
                        page.title().getOrDefault(lang, "") + " " + summary, 0));
            }
        }
        return texts;
    }

    private static boolean isReference(Claim claim) {
        return claim.source().equals(REFERENCE_SOURCE);
    }

    private static Finding finding(Claim claim, Claim match, double score, double own) {
        List<Evidence> evidence = List.of(DetectionContext.textOf(claim), DetectionContext.textOf(match));
        List<Integer> codes = List.of(claim.code(), match.code());
        String scores = String.format(java.util.Locale.ROOT, "%.2f against %.2f", score, own);
        String scoresZh = String.format(java.util.Locale.ROOT, "%.2f 对 %.2f", score, own);
        String witness = isReference(match) ? "our page for " + match.code() : match.source();
        String witnessZh = isReference(match) ? "本站 " + match.code() + " 页面" : match.source();
        return Findings.of(Findings.id(FindingKind.MISPLACED_DESCRIPTION, codes, evidence.get(0)),
                FindingKind.MISPLACED_DESCRIPTION, Finding.Severity.ERROR, codes, evidence,
                claim.source() + "'s text for " + claim.code() + " describes " + match.code() + " instead: it is much"
                        + " closer to what " + witness + " says about " + match.code() + " than to anything else said"
                        + " about " + claim.code() + " (similarity " + scores + ").",
                claim.source() + " 对 " + claim.code() + " 的说明其实描述的是 " + match.code() + "：它与" + witnessZh
                        + "对 " + match.code() + " 的说明非常接近，而与其他关于 " + claim.code()
                        + " 的说明相差甚远（相似度 " + scoresZh + "）。");
    }

}
