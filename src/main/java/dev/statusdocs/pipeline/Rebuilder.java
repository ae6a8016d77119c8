package dev.statusdocs.pipeline;

import dev.statusdocs.model.Content;
import dev.statusdocs.content.Merger;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.output.OfflineBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the last build in memory and rebuilds after edits: a change to canonical pages re-reads just those
 * pages; any other change reloads everything. The pipeline keeps Flexmark and the compiled templates between
 * rebuilds; a template change starts a new pipeline. The offline zip is built only on the first build.
 */
public final class Rebuilder {
    private Pipeline pipeline;
    private Content content;
    private SortedMap<String, byte[]> files = new TreeMap<>();

    /** What one rebuild did. */
    public record Result(SortedMap<String, byte[]> previous, SortedMap<String, byte[]> files,
                         List<Diagnostic> diagnostics, boolean failed, long nanos) {
    }

    private final Optional<String> baseUrl;

    public Rebuilder(Path root) {
        this(root, Optional.empty());
    }

    /** @param baseUrl where the preview is served, instead of the address in {@code content/site.yaml} */
    public Rebuilder(Path root, Optional<String> baseUrl) {
        this.baseUrl = baseUrl;
        this.pipeline = freshPipeline(root);
    }

    private Pipeline freshPipeline(Path root) {
        return new Pipeline(root, RebuildCache.forServe(), baseUrl);
    }

    /** @param changed repository-relative paths that changed, or empty for a full build */
    public Result rebuild(Set<String> changed) {
        long start = System.nanoTime();
        try {
            Result result = rebuild(changed, start);
            pipeline.endRebuild();
            return result;
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Whatever the content does to one build, serve keeps the last good site and a clean pipeline.
            pipeline = freshPipeline(pipeline.root());
            String file = changed.stream().sorted().findFirst().orElse("content");
            Diagnostic problem = Diagnostic.error(file, 1, 1, "internal error: the rebuild ran out of "
                    + (e instanceof StackOverflowError ? "stack" : "memory"), "undo the last edit and report it");
            return new Result(files, files, List.of(problem), true, System.nanoTime() - start);
        }
    }

    private Result rebuild(Set<String> changed, long start) {
        if (changed.stream().anyMatch(p -> p.startsWith("templates/") || p.equals("content/site.yaml"))) {
            // Templates and settings shape every page: start again with nothing remembered.
            pipeline = freshPipeline(pipeline.root());
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
