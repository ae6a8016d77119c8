package dev.statusdocs.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.statusdocs.files.ProjectFiles;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.yaml.LocatedYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What pages are made with besides their templates: the UI strings and assets in {@code templates/}, and the site
 * settings in {@code content/site.yaml}.
 */
public final class SiteResources {
    public static final String STRINGS = "templates/strings.yaml";
    public static final String ASSETS = "templates/assets";
    public static final String SITE_CONFIG = "content/site.yaml";

    /** What was read, and the problems found. */
    public record Loaded(UiStrings strings, Map<String, byte[]> assets, SiteConfig config, List<Diagnostic> diagnostics) {
        /** These resources with the site published at {@code baseUrl} instead of the configured address. */
        public Loaded publishedAt(String baseUrl) {
            return new Loaded(strings, assets, config.publishedAt(baseUrl), diagnostics);
        }
    }

    public Loaded load(Path root) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ProjectFiles files = new ProjectFiles(root);
        UiStrings strings = strings(files, diagnostics);
        SiteConfig config = config(files, diagnostics);
        return new Loaded(strings, assets(root.resolve(ASSETS)), config, diagnostics);
    }

    private static UiStrings strings(ProjectFiles files, List<Diagnostic> diagnostics) {
        Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            byLang.put(lang, new HashMap<>());
        }
        Optional<LocatedYaml> yaml = readYaml(files, STRINGS, diagnostics);
        JsonNode root = yaml.map(LocatedYaml::root).orElseGet(JsonNodeFactory.instance::objectNode);
        root.fields().forEachRemaining(entry -> {
            for (Lang lang : Lang.values()) {
                JsonNode value = entry.getValue().get(lang.tag());
                if (value == null || !value.isTextual()) {
                    diagnostics.add(yaml.get().keyError(entry.getKey(),
                            "the UI string '" + entry.getKey() + "' has no '" + lang.tag() + "' text"));
                } else {
                    byLang.get(lang).put(entry.getKey(), value.asText());
                }
            }
        });
        return new UiStrings(byLang);
    }

    /** The site settings; an address in them that the site may not emit is reported too. */
    private static SiteConfig config(ProjectFiles files, List<Diagnostic> diagnostics) {
        Optional<LocatedYaml> yaml = readYaml(files, SITE_CONFIG, diagnostics);
        yaml.ifPresent(settings -> diagnostics.addAll(SiteConfig.addressProblems(settings)));
        JsonNode root = yaml.map(LocatedYaml::root).orElseGet(JsonNodeFactory.instance::objectNode);
        String baseUrl = root.path("base_url").asText("https://example.invalid/");
        return new SiteConfig(root.path("repository").asText("https://example.invalid/repository"),
                root.path("branch").asText("main"), baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /**
     * The file read with the positions of its keys, so that a problem names its line; a file that is missing, not a
     * regular file of the project, not UTF-8 or not YAML gives a diagnostic and nothing.
     */
    private static Optional<LocatedYaml> readYaml(ProjectFiles files, String name, List<Diagnostic> diagnostics) {
        return files.readRequired(name, "missing file", diagnostics).flatMap(decoded -> {
            decoded.problem().ifPresent(diagnostics::add);
            return decoded.text().flatMap(text -> LocatedYaml.parse(name, text, 0, diagnostics));
        });
    }

    private static Map<String, byte[]> assets(Path dir) {
        Map<String, byte[]> assets = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return assets;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                assets.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read assets in " + dir, e);
        }
        return assets;
    }
}
