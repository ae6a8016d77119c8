package dev.statusdocs.pipeline;

import dev.statusdocs.check.DiagnosticOrder;
import dev.statusdocs.content.Merger;
import dev.statusdocs.content.PageReader;
import dev.statusdocs.examples.ExamplesReader;
import dev.statusdocs.files.ProjectFiles;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodeExamples;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.facts.ConstantsReader;
import dev.statusdocs.facts.FactsReader;
import dev.statusdocs.model.Constants;
import dev.statusdocs.model.Content;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Facts;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.model.Vendors;
import dev.statusdocs.registry.RegistryReader;
import dev.statusdocs.sources.SourceReader;
import dev.statusdocs.text.Utf8;
import dev.statusdocs.vendors.VendorReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads sources, registry and canonical pages from a project folder. */
public final class ContentLoader {
    private final Path root;
    private final RebuildCache cache;

    public ContentLoader(Path root) {
        this(root, RebuildCache.NONE);
    }

    ContentLoader(Path root, RebuildCache cache) {
        this.root = root;
        this.cache = cache;
    }

    /**
     * {@code previous} with only the given page files read again (changed, added or deleted); sources and
     * registry are kept as they were.
     */
    public Content reloadPages(Content previous, Set<String> changedPages) {
        SortedMap<String, String> texts = new TreeMap<>(previous.pageTexts());
        Set<String> files = new TreeSet<>(previous.pageFiles());
        // Pages that could not be read before are read again, so that their problems are reported again.
        Set<String> again = new TreeSet<>(changedPages);
        files.stream().filter(f -> !texts.containsKey(f)).forEach(again::add);
        List<Diagnostic> diagnostics = new ArrayList<>();
        ProjectFiles project = new ProjectFiles(root);
        for (String file : again) {
            if (!file.endsWith(".md")) {
                continue;
            }
            texts.remove(file);
            files.remove(file);
            if (Files.exists(root.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                files.add(file);
                readPage(project, file, texts, diagnostics);
            }
        }
        return assemble(previous.specs(), previous.claims(), previous.sourceTexts(), previous.registry(), texts, files,
                previous.diagnostics().stream().filter(d -> !d.file().startsWith(Merger.PAGES_DIR + "/")).toList(),
                diagnostics, new Data(previous.vendors(), previous.examples(), previous.facts(), previous.constants()));
    }

    public Content load() {
        SourceReader.Sources sources = new SourceReader().read(root);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Registry registry = readRegistry(diagnostics);
        Vendors vendors = readVendors(diagnostics);
        SortedMap<Integer, CodeExamples> examples = readExamples(registry, diagnostics);
        Set<String> files = new TreeSet<>();
        SortedMap<String, String> texts = readPageTexts(files, diagnostics);
        diagnostics.addAll(sources.diagnostics());
        Data data = new Data(vendors, examples, readFacts(registry, diagnostics), readConstants(registry, diagnostics));
        return assemble(sources.specs(), sources.claims(), sources.texts(), registry, texts, files, diagnostics,
                List.of(), data);
    }

    /** The data files beside the pages. */
    private record Data(Vendors vendors, SortedMap<Integer, CodeExamples> examples, Facts facts, Constants constants) {
    }

    private Content assemble(List<SourceSpec> specs, List<Claim> claims, Map<String, List<String>> sourceTexts,
                             Registry registry, SortedMap<String, String> texts, Set<String> files,
                             List<Diagnostic> earlier, List<Diagnostic> more, Data data) {
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        diagnostics.addAll(more);
        SortedMap<Integer, CodePage> pages = new TreeMap<>();
        PageReader reader = new PageReader();
        texts.forEach((file, text) -> {
            PageReader.Result result = cache.get("page", List.of(file, text), () -> reader.read(file, text));
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
                Collections.unmodifiableMap(texts), Set.copyOf(files), List.copyOf(diagnostics), data.vendors(),
                data.examples(), data.facts(), data.constants(), Map.copyOf(sourceTexts));
    }

    /** IANA's registry and our notes on it, both required. */
    private Registry readRegistry(List<Diagnostic> diagnostics) {
        ProjectFiles project = new ProjectFiles(root);
        Optional<String> iana = readRequired(project, RegistryReader.FILE, "the IANA registry file is missing",
                diagnostics);
        Optional<String> notes = readRequired(project, RegistryReader.NOTES_FILE, "the registry notes file is missing",
                diagnostics);
        if (iana.isEmpty() || notes.isEmpty()) {
            return new Registry(List.of());
        }
        RegistryReader.Result result = new RegistryReader().read(iana.get(), notes.get());
        diagnostics.addAll(result.diagnostics());
        return result.registry();
    }

    /** A required file's text; a file that is not UTF-8 reads as empty, after its diagnostic. */
    private static Optional<String> readRequired(ProjectFiles project, String file, String whenMissing,
                                                 List<Diagnostic> diagnostics) {
        return project.readRequired(file, whenMissing, diagnostics).map(text -> {
            text.problem().ifPresent(diagnostics::add);
            return text.text().orElse("");
        });
    }

    /**
     * The vendor data, or none when the project has no such file. A date of checking may be today anywhere on
     * Earth, so "today" is the date at the easternmost offset.
     */
    private Vendors readVendors(List<Diagnostic> diagnostics) {
        return new ProjectFiles(root).readIfPresent(VendorReader.FILE, diagnostics).map(text -> {
            VendorReader.Result result = new VendorReader(LocalDate.now(ZoneOffset.MAX)).read(text);
            diagnostics.addAll(result.diagnostics());
            return result.vendors();
        }).orElse(Vendors.NONE);
    }

    private SortedMap<Integer, CodeExamples> readExamples(Registry registry, List<Diagnostic> diagnostics) {
        return readRequired(new ProjectFiles(root), ExamplesReader.FILE, "the examples file is missing", diagnostics)
                .map(text -> {
                    ExamplesReader.Result result = new ExamplesReader().read(text, registry);
                    diagnostics.addAll(result.diagnostics());
                    return result.examples();
                }).orElse(Collections.emptySortedMap());
    }

    /** The facts file, optional: a project without one has no facts panels. */
    private Facts readFacts(Registry registry, List<Diagnostic> diagnostics) {
        return new ProjectFiles(root).readIfPresent(FactsReader.FILE, diagnostics).map(text -> {
            FactsReader.Result result = new FactsReader().read(text, registry);
            diagnostics.addAll(result.diagnostics());
            return result.facts();
        }).orElse(Facts.NONE);
    }

    /** The constants file, optional like the facts. */
    private Constants readConstants(Registry registry, List<Diagnostic> diagnostics) {
        return new ProjectFiles(root).readIfPresent(ConstantsReader.FILE, diagnostics).map(text -> {
            ConstantsReader.Result result = new ConstantsReader().read(text, registry);
            diagnostics.addAll(result.diagnostics());
            return result.constants();
        }).orElse(Constants.NONE);
    }

    private SortedMap<String, String> readPageTexts(Set<String> present, List<Diagnostic> diagnostics) {
        SortedMap<String, String> texts = new TreeMap<>();
        Path dir = root.resolve(Merger.PAGES_DIR);
        if (!Files.isDirectory(dir)) {
            return texts;
        }
        ProjectFiles project = new ProjectFiles(root);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String relative = Merger.PAGES_DIR + "/" + file.getFileName();
                present.add(relative);
                readPage(project, relative, texts, diagnostics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return texts;
    }

    /** Adds the page's text, or the reason it cannot be read: not a regular file of the project, or not UTF-8. */
    private static void readPage(ProjectFiles project, String file, SortedMap<String, String> texts,
                                 List<Diagnostic> diagnostics) {
        Optional<ProjectFiles.Refusal> refused = project.refusal(file);
        if (refused.isPresent()) {
            diagnostics.add(Diagnostic.error(file, 1, 1, refused.get().message(), refused.get().hint()));
            return;
        }
        Utf8.Decoded decoded = project.read(file);
        decoded.problem().ifPresent(diagnostics::add);
        decoded.text().ifPresent(text -> texts.put(file, text));
    }
}
