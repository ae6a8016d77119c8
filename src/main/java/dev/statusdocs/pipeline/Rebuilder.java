package dev.statusdocs.pipeline;

import dev.statusdocs.content.Merger;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.output.OfflineBundle;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the last build in memory and rebuilds after edits: a change to canonical pages re-reads just those
 * pages; any other change reloads everything. The pipeline remembers what it computed (parsed pages,
 * findings, page checks, rendered files) and reuses whatever has equal inputs; a template change starts a new
 * pipeline. The offline zip is built only on the first build.
 */
public final class Rebuilder {
    private Pipeline pipeline;
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
        if (changed.stream().anyMatch(p -> p.startsWith("templates/") || p.equals("content/site.yaml"))) {
            // PebbleTemplates and settings shape every page: start again with nothing remembered.
            pipeline = new Pipeline(pipeline.root());
        }
        boolean pagesOnly = content != null && !changed.isEmpty()
                && changed.stream().allMatch(p -> p.startsWith(Merger.PAGES_DIR + "/"));
        Content next = pagesOnly ? pipeline.reloadPages(content, changed) : pipeline.load();
        boolean first = files.isEmpty();
        Pipeline.Rendered rendered = pipeline.render(pipeline.check(next), first);
        boolean failed = rendered.diagnostics().stream().anyMatch(Diagnostic::isError);
        SortedMap<String, byte[]> previous = files;
        if (!failed) {
            content = next;
            files = new TreeMap<>(rendered.files());
            // The offline zip is built once when serving starts; rebuilding it on every edit is wasted work.
            previous.entrySet().stream().filter(e -> e.getKey().equals(OfflineBundle.PATH))
                    .forEach(e -> files.putIfAbsent(e.getKey(), e.getValue()));
        }
        return new Result(previous, failed ? previous : files, rendered.diagnostics(), failed, System.nanoTime() - start);
    }
}
