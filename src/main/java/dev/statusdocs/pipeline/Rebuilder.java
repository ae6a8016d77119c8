package dev.statusdocs.pipeline;

import dev.statusdocs.content.Merger;
import dev.statusdocs.model.Diagnostic;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the last build in memory and rebuilds after edits: a change to canonical pages re-reads just those
 * pages; any other change (sources, registry, templates) reloads everything. Engines stay warm in the
 * pipeline, and Markdown already rendered is not rendered again.
 */
public final class Rebuilder {
    private final Pipeline pipeline;
    private Content content;
    private SortedMap<String, byte[]> files = new TreeMap<>();

    /** What one rebuild did. */
    public record Result(SortedMap<String, byte[]> previous, SortedMap<String, byte[]> files,
                         List<Diagnostic> diagnostics, boolean failed, long nanos) {
    }

    public Rebuilder(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** @param changed repository-relative paths that changed, or empty for a full build */
    public Result rebuild(Set<String> changed) {
        long start = System.nanoTime();
        boolean pagesOnly = content != null && !changed.isEmpty()
                && changed.stream().allMatch(p -> p.startsWith(Merger.PAGES_DIR + "/"));
        Content next = pagesOnly ? new ContentLoader(pipeline.root()).reloadPages(content, changed) : pipeline.load();
        Pipeline.Rendered rendered = pipeline.render(pipeline.check(next));
        boolean failed = rendered.diagnostics().stream().anyMatch(Diagnostic::isError);
        SortedMap<String, byte[]> previous = files;
        if (!failed) {
            content = next;
            files = rendered.files();
        }
        return new Result(previous, failed ? previous : files, rendered.diagnostics(), failed, System.nanoTime() - start);
    }
}
