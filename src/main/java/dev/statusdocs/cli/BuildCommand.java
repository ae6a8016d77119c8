package dev.statusdocs.cli;

import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import dev.statusdocs.model.Lang;
import dev.statusdocs.output.SiteWriter;
import dev.statusdocs.pipeline.Pipeline;
import dev.statusdocs.pipeline.RebuildCache;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statusdocs build [--strict]}: renders the site into {@code site/}. */
@Command(name = "build",
        description = "Render the site into site/ (swapped in whole; a failed build keeps the last good site).")
final class BuildCommand extends ProjectCommand {
    @Option(names = "--strict", description = "Fail when a finding of error severity is unresolved.")
    boolean strict;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site/ in the project): missing,"
            + " empty, or a site statusdocs built there before; anything else is refused with exit code 2.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site will be published (default:"
            + " base_url in content/site.yaml); canonical links, the sitemap and the 404 page's links use it.")
    String baseUrl;

    @Override
    public Integer call() {
        checkBaseUrl(baseUrl);
        try (SiteWriter writer = claimOutput(out != null ? out : root.resolve("site"))) {
            return build(writer);
        }
    }

    private int build(SiteWriter writer) {
        long start = System.nanoTime();
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        Pipeline pipeline = new Pipeline(root, RebuildCache.NONE, Optional.ofNullable(baseUrl));
        long t0 = System.nanoTime();
        var content = pipeline.load();
        long t1 = System.nanoTime();
        var checked = pipeline.check(content);
        long t2 = System.nanoTime();
        Pipeline.Rendered rendered = pipeline.render(checked);
        long t3 = System.nanoTime();
        if (DiagnosticPrinter.report(stderr, rendered.diagnostics())) {
            stderr.println("build: failed; the site was not changed");
            return ExitCodes.INVALID_CONTENT;
        }
        List<Finding> findings = rendered.checked().findings();
        List<Finding> unresolvedErrors = findings.stream()
                .filter(f -> !f.resolved() && f.severity() == Finding.Severity.ERROR).toList();
        if (strict && !unresolvedErrors.isEmpty()) {
            unresolvedErrors.forEach(f -> stderr
                    .println("unresolved: " + f.id() + ": " + f.message().get(Lang.EN)));
            stderr.println("build --strict: " + unresolvedErrors.size()
                    + " unresolved error finding(s); the site was not changed");
            return ExitCodes.UNRESOLVED_FINDINGS;
        }
        writer.write(rendered.files());
        long t4 = System.nanoTime();
        if (timings) {
            stdout.printf("timings: start %d ms, load %d ms, check and detect %d ms, render %d ms, write %d ms%n",
                    (t0 - start) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000);
        }
        SourceCounts.print(stdout, content.specs(), content.claims());
        long htmlPages = rendered.files().keySet().stream().filter(f -> f.endsWith(".html")).count();
        for (FindingKind kind : FindingKind.values()) {
            long count = findings.stream().filter(f -> f.kind() == kind).count();
            long open = findings.stream().filter(f -> f.kind() == kind && !f.resolved()).count();
            stdout.printf("findings %-24s %3d (%d unresolved)%n", kind.id(), count, open);
        }
        stdout.printf("build: %d sources, %d claims, %d codes, %d HTML pages, %d findings (%d unresolved) in %d ms%n",
                content.specs().size(), content.claims().size(), content.pages().size(), htmlPages, findings.size(),
                findings.stream().filter(f -> !f.resolved()).count(), (System.nanoTime() - start) / 1_000_000);
        return ExitCodes.OK;
    }
}
