package dev.statusdocs.render;

/**
 * Settings from {@code content/site.yaml}.
 *
 * @param repository the repository's web address, for "edit this page" links
 * @param branch     the branch contributors edit
 * @param baseUrl    where the site is published, ending in a slash
 */
public record SiteConfig(String repository, String branch, String baseUrl) {

    /** The path part of the published address, such as {@code /statusdocs/}. */
    public String basePath() {
        String path = java.net.URI.create(baseUrl).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public String editUrl(String file) {
        return repository + "/edit/" + branch + "/" + file;
    }
}
