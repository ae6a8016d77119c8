package dev.statusdocs.content;

import java.util.List;
import java.util.Optional;

/** Splits a page into its YAML front matter (between two {@code ---} lines) and its Markdown body. */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    static final String FENCE = "---";

    /** The parts of {@code text}, or empty when it does not start with a complete front matter block. */
    static Optional<FrontMatter> split(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                String yaml = String.join("\n", lines.subList(1, i));
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        return Optional.empty();
    }
}
