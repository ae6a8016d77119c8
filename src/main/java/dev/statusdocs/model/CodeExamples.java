package dev.statusdocs.model;

import java.util.List;
import java.util.Map;

/**
 * The example exchanges of one code from {@code content/examples.yaml}, or the reason it has none.
 *
 * @param none empty when the code has examples; otherwise, per language, why no sensible exchange exists
 * @param line where the code's entry stands in the file
 */
public record CodeExamples(int code, List<Example> examples, Map<Lang, String> none, int line, int column) {

    public CodeExamples {
        examples = List.copyOf(examples);
        none = Map.copyOf(none);
    }

    /**
     * One request with its responses.
     *
     * @param caption        per language, what the exchange shows
     * @param exchange       the HTTP text, the same in every language
     * @param note           per language, an optional remark shown under the exchange (empty when none)
     * @param exchangeLine   the file's line holding the exchange's first line
     * @param exchangeIndent how many columns the exchange's lines are indented by in the file
     */
    public record Example(Map<Lang, String> caption, String exchange, Map<Lang, String> note, int exchangeLine,
                          int exchangeIndent) {
        public Example {
            caption = Map.copyOf(caption);
            note = Map.copyOf(note);
        }
    }
}
