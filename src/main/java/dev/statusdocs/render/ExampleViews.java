package dev.statusdocs.render;

import dev.statusdocs.http.HttpExchange;
import dev.statusdocs.http.HttpSpan;
import dev.statusdocs.model.CodeExamples;
import dev.statusdocs.model.Lang;
import java.util.List;
import java.util.Map;

/** The "Example" section of a code page: each exchange highlighted, with its caption in the page's language. */
public final class ExampleViews {
    private ExampleViews() {
    }

    /** One exchange: its caption and note in the page's language, its text to copy and its highlighted spans. */
    public record ExampleView(String caption, String note, String text, List<HttpSpan> spans) {
    }

    /**
     * A code's examples, or the reason it has none.
     *
     * @param none the reason there is no example, or null
     */
    public record ExamplesView(List<ExampleView> examples, String none) {
        public boolean shown() {
            return !examples.isEmpty() || none != null;
        }
    }

    static ExamplesView of(Lang lang, CodeExamples examples) {
        if (examples == null) {
            return new ExamplesView(List.of(), null);
        }
        List<ExampleView> views = examples.examples().stream().map(example -> {
            HttpExchange exchange = HttpExchange.parse(example.exchange());
            String text = exchange.spans().stream().map(HttpSpan::text).reduce("", String::concat);
            return new ExampleView(inLang(example.caption(), lang), example.note().isEmpty() ? null
                    : inLang(example.note(), lang), text, exchange.spans());
        }).toList();
        return new ExamplesView(views, examples.none().isEmpty() ? null : inLang(examples.none(), lang));
    }

    private static String inLang(Map<Lang, String> texts, Lang lang) {
        return texts.getOrDefault(lang, texts.getOrDefault(lang.other(), ""));
    }
}
