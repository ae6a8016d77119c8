package dev.statusdocs.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
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
public final class TemplateSet {
    public static final String STRINGS = "templates/strings.yaml";
    public static final String ASSETS = "templates/assets";
    public static final String SITE_CONFIG = "content/site.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
        JsonNode root = readYaml(file, STRINGS, diagnostics);
        root.fields().forEachRemaining(entry -> {
            for (Lang lang : Lang.values()) {
                JsonNode value = entry.getValue().get(lang.tag());
                if (value == null || !value.isTextual()) {
                    diagnostics.add(Diagnostic.error(STRINGS, 1, 1,
                            "the UI string '" + entry.getKey() + "' has no '" + lang.tag() + "' text"));
                } else {
                    byLang.get(lang).put(entry.getKey(), value.asText());
                }
            }
        });
        return new UiStrings(byLang);
    }

    private static SiteConfig config(Path file, List<Diagnostic> diagnostics) {
        JsonNode root = readYaml(file, SITE_CONFIG, diagnostics);
        String baseUrl = root.path("base_url").asText("https://example.invalid/");
        return new SiteConfig(root.path("repository").asText("https://example.invalid/repository"),
                root.path("branch").asText("main"), baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    private static JsonNode readYaml(Path file, String name, List<Diagnostic> diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error(name, 1, 1, "missing file"));
            return YAML.createObjectNode();
        }
        try {
            JsonNode node = YAML.readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            return node == null ? YAML.createObjectNode() : node;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(name, 1, 1, "cannot read: " + e.getMessage()));
            return YAML.createObjectNode();
        }
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
