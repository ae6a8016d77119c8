package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A text that describes another code: within one language, compared with what the other sources and the
 * canonical pages say about every code, it is much closer to another code's texts than to its own code's.
 * Texts of the same source are not compared (repeats within a source are duplicate entries), and short texts
 * are skipped, since they share too little to tell codes apart. The canonical pages only serve as reference:
 * they are never reported, but they tell which of two swapped texts belongs where.
 */
final class MisplacedDescriptionRule implements Rule {
    /** The least similarity with another code's text that counts as describing it. */
    static final double THRESHOLD = 0.35;
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
        return Arrays.stream(Lang.values())
                .flatMap(lang -> inLanguage(context, lang).stream())
                .toList();
    }

    private List<Finding> inLanguage(DetectionContext context, Lang lang) {
        List<Finding> findings = new ArrayList<>();
        List<Claim> texts = new ArrayList<>(context.claims().stream()
                .filter(c -> c.lang() == lang && !c.text().isBlank()).toList());
        int sourceClaims = texts.size();
        texts.addAll(referenceTexts(context, lang));
        CodeProfiles profiles = new CodeProfiles(texts, lang, context::comparable);
        Map<Integer, List<Integer>> byCode = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byCode.computeIfAbsent(texts.get(i).code(), c -> new ArrayList<>()).add(i);
        }
        // By index among the texts: equal claims are the same text, so the index tells them apart as well.
        Map<Integer, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < sourceClaims; i++) {
            if (profiles.featureCount(i) >= MIN_FEATURES) {
                int index = i;
                best(profiles, index, byCode).ifPresent(c -> candidates.put(index, c));
            }
        }
        for (Candidate candidate : candidates.values()) {
            Candidate mirror = candidates.get(candidate.match());
            boolean mirrored = mirror != null && mirror.match() == candidate.index();
            if (!mirrored || !isRightRather(candidate, mirror, context, profiles)) {
                findings.add(finding(context.messages(), profiles.text(candidate.index()), profiles.text(candidate.match()),
                        candidate.score(), candidate.own()));
            }
        }
        return findings;
    }

    /** A text that looks like it describes another code, with the closest text of that code, by index. */
    private record Candidate(int index, int match, double score, double own) {
    }

    private Optional<Candidate> best(CodeProfiles profiles, int index, Map<Integer, List<Integer>> byCode) {
        Claim claim = profiles.text(index);
        double[] similarities = profiles.similarities(index);
        int ownSlot = profiles.slot(claim.code());
        double own = ownSlot < 0 || Double.isNaN(similarities[ownSlot]) ? 0.0 : similarities[ownSlot];
        int bestSlot = -1;
        for (int slot = 0; slot < similarities.length; slot++) {
            double score = similarities[slot];
            // Slots ascend by code, so on a tie the higher code wins.
            if (slot != ownSlot && score >= THRESHOLD && score >= own + MARGIN
                    && (bestSlot < 0 || score >= similarities[bestSlot])) {
                bestSlot = slot;
            }
        }
        if (bestSlot < 0) {
            return Optional.empty();
        }
        double score = similarities[bestSlot];
        return closestText(profiles, index, byCode.get(profiles.code(bestSlot)))
                .map(match -> new Candidate(index, match, score, own));
    }

    /**
     * The text of the other code most like the claim, from another source: a source's own words when one is
     * close enough to show the likeness, otherwise the canonical page.
     */
    private static Optional<Integer> closestText(CodeProfiles profiles, int index, List<Integer> ofCode) {
        Claim claim = profiles.text(index);
        Comparator<Integer> bySimilarity = Comparator.comparingDouble(other -> profiles.similarity(index, other));
        List<Integer> others = ofCode.stream().filter(other -> !profiles.text(other).source().equals(claim.source())).toList();
        Optional<Integer> source = others.stream().filter(other -> !isReference(profiles.text(other))).max(bySimilarity);
        if (source.isPresent() && profiles.similarity(index, source.get()) >= SUPPORT) {
            return source;
        }
        return others.stream().max(bySimilarity);
    }

    private static boolean isRightRather(Candidate candidate, Candidate mirror, DetectionContext context,
                                         CodeProfiles profiles) {
        boolean supported = candidate.own() >= SUPPORT;
        boolean mirrorSupported = mirror.own() >= SUPPORT;
        if (supported != mirrorSupported) {
            return supported;
        }
        return trust(context, profiles.text(candidate.index())) > trust(context, profiles.text(mirror.index()));
    }

    private static int trust(DetectionContext context, Claim claim) {
        return context.spec(claim.source()).trustFor(claim.lang());
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

    /** Two decimals are all a reader of findings.json can use. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static boolean isReference(Claim claim) {
        return claim.source().equals(REFERENCE_SOURCE);
    }

    private static Finding finding(Messages messages, Claim claim, Claim match, double score, double own) {
        List<Evidence> evidence = List.of(DetectionContext.textOf(claim), DetectionContext.textOf(match));
        List<Integer> codes = List.of(claim.code(), match.code());
        Object witness = isReference(match) ? messages.format("misplaced-description.our-page", "code", match.code())
                : messages.source(match.source());
        return Findings.of(Findings.id(FindingKind.MISPLACED_DESCRIPTION, codes, evidence.get(0)),
                FindingKind.MISPLACED_DESCRIPTION, Finding.Severity.ERROR, codes, evidence,
                messages.format("misplaced-description", "source", messages.source(claim.source()), "code", claim.code(),
                        "match", match.code(), "witness", witness),
                Map.of("similarity", round(score), "similarityToOwnCode", round(own)));
    }

}
