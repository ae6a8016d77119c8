package dev.statusdocs.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Standing;
import dev.statusdocs.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the site's search finds codes by, one document per code with the words of both languages, written as a
 * script ({@code assets/search-index.js}) that assigns a global, so that it loads from {@code file://} too. The
 * browser tokenizes and indexes these documents with lunr when a reader first focuses the search box.
 */
final class SearchDocuments {
    static final String PATH = "assets/search-index.js";
    static final String GLOBAL = "statusdocsIndex";

    private static final ObjectWriter JSON = new ObjectMapper().writer().with(new ScriptSafeEscapes());
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final MarkdownEngine markdown;
    private final UiStrings strings;
    private final Map<Integer, List<String>> aliases;

    /**
     * @param aliases other names readers may type for a code, such as its former official names
     */
    SearchDocuments(MarkdownEngine markdown, UiStrings strings, Map<Integer, List<String>> aliases) {
        this.markdown = markdown;
        this.strings = strings;
        this.aliases = Map.copyOf(aliases);
    }

    /**
     * One code's searchable text. English body text is kept as its distinct words only: that keeps the file
     * within its size budget, and matching needs no word order. Chinese text stays whole, because its
     * character pairs are made in the browser and the pairs would take more room than the text. Names, summary
     * and body hold one text per language, English first.
     */
    record Entry(String code, String group, List<String> names, List<String> aliases, List<String> labels,
                    List<String> summary, List<String> headings, List<String> body) {
    }

    byte[] script(Collection<CodePage> pages) {
        List<Entry> documents = pages.stream().map(this::document).toList();
        try {
            return ("window." + GLOBAL + " = " + JSON.writeValueAsString(documents) + ";\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search documents", e);
        }
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
            String text = Normalizer.foldRadicals(html.body().text());
            body.add(lang == Lang.EN ? distinctWords(text) : text);
        }
        String group = PageViews.groupOf(page);
        return new Entry(String.valueOf(page.code()), group, texts(page.title()),
                aliases.getOrDefault(page.code(), List.of()), labels(page, group), texts(page.summary()), headings, body);
    }

    /** One text per language, in the order of {@link Lang}; empty where the page has none. */
    private static List<String> texts(Map<Lang, String> byLang) {
        return Arrays.stream(Lang.values()).map(lang -> Normalizer.forDisplay(byLang.getOrDefault(lang, ""))).toList();
    }

    /** The class and standing as the pages name them, in both languages ("4xx Client error", "客户端错误"). */
    private List<String> labels(CodePage page, String group) {
        List<String> keys = new ArrayList<>(List.of("class." + page.codeClass(), "class." + group));
        if (page.standing() != Standing.STANDARD) {
            keys.add("status." + page.standing().id());
        }
        List<String> labels = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            keys.stream().distinct().map(key -> strings.forLang(lang).get(key)).filter(Objects::nonNull)
                    .forEach(labels::add);
        }
        return labels.stream().distinct().toList();
    }

    private static String distinctWords(String text) {
        TreeSet<String> words = new TreeSet<>();
        for (String word : SPACE.split(text.toLowerCase(Locale.ROOT))) {
            String trimmed = EDGE_PUNCTUATION.matcher(word).replaceAll("");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return String.join(" ", words);
    }

    /** Writes {@code <}, {@code >} and {@code &} as \\u escapes, so the data can never close a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
