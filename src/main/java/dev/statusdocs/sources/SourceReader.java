package dev.statusdocs.sources;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.files.ProjectFiles;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.text.Utf8;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the manifest and every source it lists, in manifest order, into claims. */
public final class SourceReader {
    public static final String MANIFEST = "content/sources/manifest.yaml";

    /** Everything the sources say, and every problem met reading them. */
    /** @param texts each readable source document's lines, split as the parsers split them, by source id */
    public record Sources(List<SourceSpec> specs, List<Claim> claims, Map<String, List<String>> texts,
                          List<Diagnostic> diagnostics) {
        public Sources {
            specs = List.copyOf(specs);
            texts = Map.copyOf(texts);
            claims = List.copyOf(claims);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Sources read(Path root) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ProjectFiles files = new ProjectFiles(root);
        Optional<Utf8.Decoded> manifestFile = files.readRequired(MANIFEST, "the source manifest is missing", diagnostics);
        if (manifestFile.isEmpty()) {
            return new Sources(List.of(), List.of(), Map.of(), diagnostics);
        }
        Utf8.Decoded manifestText = manifestFile.get();
        if (manifestText.text().isEmpty()) {
            manifestText.problem().ifPresent(diagnostics::add);
            return new Sources(List.of(), List.of(), Map.of(), diagnostics);
        }
        ManifestReader.Result manifest = new ManifestReader().read(MANIFEST, manifestText.text().get());
        diagnostics.addAll(manifest.diagnostics());
        List<SourceSpec> specs = manifest.sources();
        List<Claim> claims = new ArrayList<>();
        Map<String, List<String>> texts = new HashMap<>();
        for (SourceSpec spec : specs) {
            ParseResult result = parseOne(files, manifest, spec, texts);
            claims.addAll(result.claims());
            diagnostics.addAll(result.diagnostics());
        }
        return new Sources(specs, claims, texts, diagnostics);
    }

    private static ParseResult parseOne(ProjectFiles files, ManifestReader.Result manifest, SourceSpec spec,
                                        Map<String, List<String>> texts) {
        Optional<ProjectFiles.Refusal> refused = files.refusal(spec.file());
        if (refused.isPresent()) {
            return new ParseResult(List.of(), List.of(manifest.aboutFile(spec, refused.get().message(),
                    refused.get().hint())));
        }
        Utf8.Decoded decoded = files.read(spec.file());
        if (decoded.text().isEmpty()) {
            return new ParseResult(List.of(), decoded.problem().stream().toList());
        }
        texts.put(spec.id(), Lines.of(decoded.text().get()));
        SourceParser parser = SourceFormat.fromId(spec.format()).orElseThrow().parser();
        ParseResult result = parser.parse(spec, decoded.text().get());
        if (!result.claims().isEmpty()) {
            return result;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.add(manifest.aboutFile(spec, "'" + spec.file() + "' yields no entries",
                "check that format '" + spec.format() + "' is how the file is written: "
                        + SourceFormat.fromId(spec.format()).orElseThrow().entryShape()));
        return new ParseResult(List.of(), diagnostics);
    }
}
