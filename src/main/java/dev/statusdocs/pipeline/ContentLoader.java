package dev.statusdocs.pipeline;

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

    public ContentLoader(Path root) {
        this.root = root;
    }

    public Content load() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceReader.Sources sources = new SourceReader().read(root);
        diagnostics.addAll(sources.diagnostics());
        Registry registry = readRegistry(diagnostics);
        Map<String, String> texts = readPageTexts(diagnostics);
        SortedMap<Integer, CodePage> pages = new TreeMap<>();
        PageReader reader = new PageReader();
        texts.entrySet().parallelStream()
                .map(e -> reader.read(e.getKey(), e.getValue()))
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
        return new Content(sources.specs(), sources.claims(), registry, Collections.unmodifiableSortedMap(pages),
                Collections.unmodifiableMap(texts), List.copyOf(diagnostics));
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

    private SortedMap<String, String> readPageTexts(List<Diagnostic> diagnostics) {
        SortedMap<String, String> texts = new TreeMap<>();
        Path dir = root.resolve(Merger.PAGES_DIR);
        if (!Files.isDirectory(dir)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String relative = Merger.PAGES_DIR + "/" + file.getFileName();
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
