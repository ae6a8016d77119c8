package dev.statusdocs.content;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.SourceSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Works out what {@code content/codes/} should hold: a page for every code the registry or a source knows.
 * A missing page is written from the sources; an existing page only has its provenance block refreshed.
 * Planning writes nothing, so the same plan serves {@code merge} and {@code merge --check}.
 */
public final class Merger {
    public static final String PAGES_DIR = "content/codes";

    /** For every known code, the page file and the text it should have. */
    public record Plan(SortedMap<String, String> pages) {
    }

    private final NewPage newPage;

    public Merger(List<SourceSpec> specs) {
        this.newPage = new NewPage(specs.stream().collect(Collectors.toMap(SourceSpec::id, Function.identity())));
    }

    /**
     * @param existing the current text of each page file that exists, by repository-relative path
     * @param usable   which claims may seed the text of a new page
     */
    public Plan plan(List<Claim> claims, Registry registry, Map<String, String> existing, Predicate<Claim> usable) {
        Map<Integer, List<Claim>> byCode = claims.stream().collect(Collectors.groupingBy(Claim::code));
        TreeSet<Integer> codes = new TreeSet<>(byCode.keySet());
        registry.entries().forEach(e -> codes.add(e.code()));
        SortedMap<String, String> pages = new TreeMap<>();
        for (int code : codes) {
            String file = pathOf(code);
            List<Claim> about = byCode.getOrDefault(code, List.of());
            Optional<String> current = Optional.ofNullable(existing.get(file));
            pages.put(file, current
                    .map(text -> Provenance.replaceIn(text, Provenance.block(about)))
                    .orElseGet(() -> newPage.write(code, registry.find(code), about, usable)));
        }
        return new Plan(pages);
    }

    /** The code a page file is named for, or -1 when the name is not {@code NNN.md}. */
    public static int codeOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.matches("\\d{3}\\.md") ? Integer.parseInt(name.substring(0, 3)) : -1;
    }

    public static String pathOf(int code) {
        return PAGES_DIR + "/" + code + ".md";
    }
}
