package dev.statusdocs.pipeline;

import dev.statusdocs.model.Content;
import dev.statusdocs.content.Merger;
import dev.statusdocs.content.PageReader;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Registry;
import dev.statusdocs.registry.RegistryReader;
import dev.statusdocs.sources.SourceReader;
import dev.statusdocs.text.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads sources, registry and canonical pages from a project folder. */
public final class ContentLoader {
    private final Path root;
    /** Pages already read in this JVM, by file: the text they were read from and the result. */
    private final Map<String, Map.Entry<String, PageReader.Result>> readPages;

    public ContentLoader(Path root) {
        this(root, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** @param readPages a cache kept between loads, so that a page is read again only when its text changed */
    ContentLoader(Path root, Map<String, Map.Entry<String, PageReader.Result>> readPages) {
        this.root = root;
        this.readPages = readPages;
    }

    /**
     * {@code previous} with only the given page files read again (changed, added or deleted); sources and
     * registry are kept as they were.
     */
    public Content reloadPages(Content previous, java.util.Set<String> changedPages) {
        SortedMap<String, String> texts = new TreeMap<>(previous.pageTexts());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String file : changedPages) {
            if (!file.endsWith(".md")) {
                continue;
            }
            Path path = root.resolve(file);
            texts.remove(file);
            if (Files.isRegularFile(path)) {
                Utf8.Decoded decoded = Utf8.decode(file, bytes(path));
                decoded.problem().ifPresent(diagnostics::add);
                decoded.text().ifPresent(text -> texts.put(file, text));
            }
        }
        java.util.Set<String> files = new java.util.TreeSet<>(previous.pageFiles());
        changedPages.stream().filter(f -> f.endsWith(".md")).forEach(f -> {
            if (Files.isRegularFile(root.resolve(f))) {
                files.add(f);
            } else {
                files.remove(f);
            }
        });
        return assemble(previous.specs(), previous.claims(), previous.registry(), texts, files,
                previous.diagnostics().stream().filter(d -> !d.file().startsWith(Merger.PAGES_DIR + "/")).toList(),
                diagnostics);
    }

    public Content load() {
        java.util.concurrent.CompletableFuture<SourceReader.Sources> reading =
                Background.start("sources", () -> new SourceReader().read(root));
        List<Diagnostic> diagnostics = new ArrayList<>();
        Registry registry = readRegistry(diagnostics);
        java.util.Set<String> files = new java.util.TreeSet<>();
        SortedMap<String, String> texts = readPageTexts(files, diagnostics);
        SourceReader.Sources sources = Background.await(reading);
        diagnostics.addAll(sources.diagnostics());
        return assemble(sources.specs(), sources.claims(), registry, texts, files, diagnostics, List.of());
    }

    private Content assemble(List<dev.statusdocs.model.SourceSpec> specs, List<dev.statusdocs.model.Claim> claims,
                             Registry registry, SortedMap<String, String> texts, java.util.Set<String> files,
                             List<Diagnostic> earlier,
                             List<Diagnostic> more) {
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        diagnostics.addAll(more);
        SortedMap<Integer, CodePage> pages = new TreeMap<>();
        PageReader reader = new PageReader();
        texts.entrySet().parallelStream()
                .map(e -> {
                    Map.Entry<String, PageReader.Result> known = readPages.get(e.getKey());
                    if (known != null && known.getKey().equals(e.getValue())) {
                        return known.getValue();
                    }
                    PageReader.Result result = reader.read(e.getKey(), e.getValue());
                    readPages.put(e.getKey(), Map.entry(e.getValue(), result));
                    return result;
                })
                .toList()
                .forEach(result -> {
                    diagnostics.addAll(result.diagnostics());
                    result.page().ifPresent(page -> {
                        CodePage clash = pages.putIfAbsent(page.code(), page);
                        if (clash != null) {
                            diagnostics.add(Diagnostic.error(page.file(), 1, 1,
                                    "code " + page.code() + " already has a page: " + clash.file()));
                        }
                    });
                });
        diagnostics.sort(DiagnosticOrder.INSTANCE);
        return new Content(specs, claims, registry, Collections.unmodifiableSortedMap(pages),
                Collections.unmodifiableMap(texts), java.util.Set.copyOf(files), List.copyOf(diagnostics));
    }

    private Registry readRegistry(List<Diagnostic> diagnostics) {
        Path file = root.resolve(RegistryReader.FILE);
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error(RegistryReader.FILE, 1, 1, "the registry file is missing"));
            return new Registry(List.of());
        }
        Utf8.Decoded text = Utf8.decode(RegistryReader.FILE, bytes(file));
        text.problem().ifPresent(diagnostics::add);
        RegistryReader.Result result = new RegistryReader().read(text.text().orElse(""));
        diagnostics.addAll(result.diagnostics());
        return result.registry();
    }

    private SortedMap<String, String> readPageTexts(java.util.Set<String> present, List<Diagnostic> diagnostics) {
        SortedMap<String, String> texts = new TreeMap<>();
        Path dir = root.resolve(Merger.PAGES_DIR);
        if (!Files.isDirectory(dir)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String relative = Merger.PAGES_DIR + "/" + file.getFileName();
                present.add(relative);
                Utf8.Decoded decoded = Utf8.decode(relative, bytes(file));
                decoded.problem().ifPresent(diagnostics::add);
                decoded.text().ifPresent(text -> texts.put(relative, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return texts;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
