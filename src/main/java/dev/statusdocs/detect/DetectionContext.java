package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.text.TextForms;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the rules look at: claims, grouped for quick access, the registry, the sources and the pages. */
final class DetectionContext {
    private final List<Claim> claims;
    private final Registry registry;
    private final Map<String, SourceSpec> specs;
    private final Collection<CodePage> pages;
    private final Map<Integer, List<Claim>> byCode;
    private final RegistryNames names;
    private final Messages messages;
    /** Each claim's text in the form used to compare texts, worked out once for all the rules that compare. */
    private final Map<Claim, String> comparable = new IdentityHashMap<>();

    DetectionContext(List<SourceSpec> specs, List<Claim> claims, Registry registry, Collection<CodePage> pages,
                     Messages messages) {
        this.messages = messages.naming(specs);
        this.claims = List.copyOf(claims);
        this.registry = registry;
        this.specs = specs.stream().collect(Collectors.toMap(SourceSpec::id, Function.identity()));
        this.pages = List.copyOf(pages);
        this.names = new RegistryNames(registry);
        this.byCode = claims.stream().collect(Collectors.groupingBy(Claim::code, TreeMap::new, Collectors.toList()));
        this.claims.forEach(claim -> comparable.put(claim, TextForms.forComparison(claim.text())));
    }

    /** The claim's text as {@link TextForms#forComparison} gives it; also for claims made up by a rule. */
    String comparable(Claim claim) {
        String known = comparable.get(claim);
        return known != null ? known : TextForms.forComparison(claim.text());
    }

    List<Claim> claims() {
        return claims;
    }

    Messages messages() {
        return messages;
    }

    RegistryNames names() {
        return names;
    }

    Registry registry() {
        return registry;
    }

    Collection<CodePage> pages() {
        return pages;
    }

    Map<Integer, List<Claim>> byCode() {
        return byCode;
    }

    SourceSpec spec(String id) {
        return specs.get(id);
    }

    Collection<SourceSpec> specs() {
        return specs.values();
    }

    /** Evidence quoting the claim's text, or its reason phrase when the text is empty. */
    static Evidence textOf(Claim claim) {
        String quote = claim.text().isBlank() ? claim.phrase().orElse("") : claim.text();
        return new Evidence(claim.source(), claim.file(), claim.line(), quote);
    }

    /** Evidence quoting the reason phrase, or the text when the entry has no phrase. */
    static Evidence phraseOrText(Claim claim) {
        return claim.phrase().isPresent() ? phraseOf(claim) : textOf(claim);
    }

    /** Evidence quoting the claim's reason phrase. */
    static Evidence phraseOf(Claim claim) {
        return new Evidence(claim.source(), claim.file(), claim.line(), claim.phrase().orElse(""));
    }
}
