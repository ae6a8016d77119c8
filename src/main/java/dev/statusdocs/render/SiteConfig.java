package dev.statusdocs.render;

/**
 * Settings from {@code content/site.yaml}.
 *
 * @param repository the repository's web address, for "edit this page" links
 * @param branch     the branch contributors edit
 * @param baseUrl    where the site is published, ending in a slash
 */
public record SiteConfig(String repository, String branch, String baseUrl) {

    public String editUrl(String file) {
        return repository + "/edit/" + branch + "/" + file;
    }
}
