package dev.statusdocs.render;

import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.text.TextForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the site's search finds codes by: one entry per code with the texts of both languages, field by field.
 * {@link SearchIndex} turns the entries into the index the browser searches.
 */
final class SearchDocuments {
    private final MarkdownEngine markdown;
    private final UiStrings strings;
    private final Map<Integer, List<String>> aliases;
    private final Map<Integer, List<String>> constants;

    /**
     * @param aliases   other names readers may type for a code, such as its former official names
     * @param constants the code's constants as code writes them ({@code HTTPStatus.NOT_FOUND})
     */
    SearchDocuments(MarkdownEngine markdown, UiStrings strings, Map<Integer, List<String>> aliases,
                    Map<Integer, List<String>> constants) {
        this.markdown = markdown;
        this.strings = strings;
        this.aliases = Map.copyOf(aliases);
        this.constants = Map.copyOf(constants);
    }

    /** One code's searchable text. Names, summary and body hold one text per language, in the order of {@link Lang}. */
    record Entry(String code, List<String> names, List<String> aliases, List<String> labels,
                 List<String> summary, List<String> headings, List<String> body, List<String> constants) {
    }

    Entry document(CodePage page) {
        List<String> headings = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            CodePage.Section section = page.sections().get(lang);
            if (section == null) {
                body.add("");
                continue;
            }
            Document html = Jsoup.parseBodyFragment(markdown.toHtml(section.markdown()));
            for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
                headings.add(heading.text());
                heading.remove();
            }
            body.add(TextForms.foldRadicals(html.body().text()));
        }
        String group = PageViews.groupOf(page);
        return new Entry(String.valueOf(page.code()), texts(page.title()),
                aliases.getOrDefault(page.code(), List.of()), labels(page, group), texts(page.summary()), headings, body,
                constants.getOrDefault(page.code(), List.of()));
    }

    /** One text per language, in the order of {@link Lang}; empty where the page has none. */
    private static List<String> texts(Map<Lang, String> byLang) {
        return Arrays.stream(Lang.values()).map(lang -> TextForms.forDisplay(byLang.getOrDefault(lang, ""))).toList();
    }

    /** The class and status as the pages name them, in both languages ("4xx Client error", "客户端错误"). */
    private List<String> labels(CodePage page, String group) {
        List<String> keys = new ArrayList<>(List.of("class." + page.codeClass(), "class." + group));
        if (page.status() != CodeStatus.STANDARD) {
            keys.add("status." + page.status().id());
        }
        List<String> labels = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            keys.stream().distinct().map(key -> strings.forLang(lang).get(key)).filter(Objects::nonNull)
                    .forEach(labels::add);
        }
        return labels.stream().distinct().toList();
    }
}
