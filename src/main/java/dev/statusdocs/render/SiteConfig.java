package dev.statusdocs.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.yaml.LocatedYaml;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Settings from {@code content/site.yaml}.
 *
 * @param repository the repository's web address, for "edit this page" links
 * @param branch     the branch contributors edit
 * @param baseUrl    where the site is published, ending in a slash
 */
public record SiteConfig(String repository, String branch, String baseUrl) {
    /** The settings that every page turns into links. */
    private static final List<String> ADDRESSES = List.of("repository", "base_url");

    /** The path part of the published address, such as {@code /statusdocs/}. */
    public String basePath() {
        String path = URI.create(baseUrl).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The same settings published at {@code url} instead, as {@code build --base-url} and {@code serve} ask. */
    public SiteConfig publishedAt(String url) {
        return new SiteConfig(repository, branch, url.endsWith("/") ? url : url + "/");
    }

    /** Why {@code url} cannot be the site's published address, if it cannot. */
    public static Optional<String> baseUrlProblem(String url) {
        return UrlPolicy.WEB_ADDRESSES.rejection(url).map(reason -> reason + " (" + UrlPolicy.WEB_ADDRESSES.hint() + ")");
    }

    public String editUrl(String file) {
        return repository + "/edit/" + branch + "/" + file;
    }

    /** An error at each address in the settings that is not a full http or https address. */
    static List<Diagnostic> addressProblems(LocatedYaml settings) {
        return ADDRESSES.stream()
                .filter(key -> settings.root().path(key).isTextual())
                .flatMap(key -> UrlPolicy.WEB_ADDRESSES.rejection(settings.root().get(key).asText())
                        .map(reason -> settings.error(key, key + ": " + reason, UrlPolicy.WEB_ADDRESSES.hint()))
                        .stream())
                .toList();
    }
}
