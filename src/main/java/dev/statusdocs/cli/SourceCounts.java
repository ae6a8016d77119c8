package dev.statusdocs.cli;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.SourceSpec;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints how many entries each source gave, so that a source that gives too few is seen. */
final class SourceCounts {
    private SourceCounts() {
    }

    static void print(PrintWriter out, Collection<SourceSpec> specs, List<Claim> claims) {
        Map<String, Long> counts = claims.stream().collect(Collectors.groupingBy(Claim::source, Collectors.counting()));
        int width = specs.stream().map(SourceSpec::id).map(String::length).max(Integer::compare).orElse(0);
        for (SourceSpec spec : specs) {
            out.printf("source %-" + width + "s %4d entries from %s%n", spec.id(), counts.getOrDefault(spec.id(), 0L),
                    spec.file());
        }
    }
}
