package dev.statusdocs.content;

import dev.statusdocs.model.CodeClass;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.CodeStatus;
import java.util.Optional;

/** Writes YAML the same way every time, so that generated files are stable. */
final class YamlText {
    private YamlText() {
    }

    /**
     * The opening of a page's front matter: the fence and the facts every page states (code, titles, class,
     * status and, for a registered code, its spec), ending with a newline.
     */
    static String pageFacts(int code, String titleEn, String titleZh, Optional<RegistryEntry> entry) {
        CodeStatus status = entry.map(RegistryEntry::status).orElse(CodeStatus.forUnregistered(code));
        StringBuilder out = new StringBuilder("---\n");
        out.append("code: ").append(code).append('\n');
        out.append("title:\n  en: ").append(quote(titleEn)).append("\n  zh: ").append(quote(titleZh)).append('\n');
        out.append("class: ").append(quote(CodeClass.of(code))).append('\n');
        out.append("status: ").append(status.id()).append('\n');
        entry.ifPresent(e -> out.append("spec:\n  label: ").append(quote(e.spec().label()))
                .append("\n  url: ").append(quote(e.spec().url())).append('\n'));
        return out.toString();
    }

    /** A double-quoted YAML string. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
