package dev.statusdocs.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.text.Utf8;
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
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads {@code templates/}: UI strings, static assets, and the site settings in {@code content/site.yaml}. */
public final class SiteResources {
    public static final String STRINGS = "templates/strings.yaml";
    public static final String ASSETS = "templates/assets";
    public static final String SITE_CONFIG = "content/site.yaml";

    /** What was read, and the problems found. */
    public record Loaded(UiStrings strings, Map<String, byte[]> assets, SiteConfig config, List<Diagnostic> diagnostics) {
    }

    public Loaded load(Path root) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        UiStrings strings = strings(root.resolve(STRINGS), diagnostics);
        SiteConfig config = config(root.resolve(SITE_CONFIG), diagnostics);
        return new Loaded(strings, assets(root.resolve(ASSETS)), config, diagnostics);
    }

    private static UiStrings strings(Path file, List<Diagnostic> diagnostics) {
        Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            byLang.put(lang, new HashMap<>());
        }
        java.util.Optional<LocatedYaml> yaml = readYaml(file, STRINGS, diagnostics);
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

    private static SiteConfig config(Path file, List<Diagnostic> diagnostics) {
        JsonNode root = readYaml(file, SITE_CONFIG, diagnostics).map(LocatedYaml::root)
                .orElseGet(JsonNodeFactory.instance::objectNode);
        String baseUrl = root.path("base_url").asText("https://example.invalid/");
        return new SiteConfig(root.path("repository").asText("https://example.invalid/repository"),
                root.path("branch").asText("main"), baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /**
     * The file read with the positions of its keys, so that a problem names its line; a file that is missing,
     * not UTF-8 or not YAML gives a diagnostic and nothing.
     */
    private static java.util.Optional<LocatedYaml> readYaml(Path file, String name, List<Diagnostic> diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error(name, 1, 1, "missing file"));
            return java.util.Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(name, 1, 1, "cannot read: " + e.getMessage()));
            return java.util.Optional.empty();
        }
        Utf8.Decoded decoded = Utf8.decode(name, bytes);
        decoded.problem().ifPresent(diagnostics::add);
        return decoded.text().flatMap(text -> LocatedYaml.parse(name, text, 0, diagnostics));
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
