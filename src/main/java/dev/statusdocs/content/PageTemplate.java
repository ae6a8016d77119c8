package dev.statusdocs.content;

import dev.statusdocs.model.CodeClass;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.Standing;
import java.util.Optional;

/** The skeleton {@code statusdocs new} writes: every required field and both language sections. */
public final class PageTemplate {
    /** The words a new section starts with; check warns while they are still there. */
    public static final String PLACEHOLDER_EN = "Describe what this code means, when a server sends it and what a client should do.";
    public static final String PLACEHOLDER_ZH = "在这里说明这个状态码的含义、服务器何时发送以及客户端应如何处理。";

    private PageTemplate() {
    }

    public static String forCode(int code, Optional<RegistryEntry> entry) {
        String title = entry.map(RegistryEntry::name).orElse("Unnamed code");
        Standing standing = entry.map(RegistryEntry::standing).orElse(Standing.forUnregistered(code));
        StringBuilder out = new StringBuilder("---\n");
        out.append("code: ").append(code).append('\n');
        out.append("title:\n  en: ").append(YamlText.quote(title)).append("\n  zh: ").append(YamlText.quote(title)).append('\n');
        out.append("class: ").append(YamlText.quote(CodeClass.of(code))).append('\n');
        out.append("status: ").append(standing.id()).append('\n');
        entry.ifPresent(e -> out.append("spec:\n  label: ").append(YamlText.quote(e.spec().label()))
                .append("\n  url: ").append(YamlText.quote(e.spec().url())).append('\n'));
        out.append("summary:\n  en: \"One sentence on what ").append(code).append(" means.\"\n")
                .append("  zh: \"用一句话说明 ").append(code).append(" 的含义。\"\n");
        out.append("related: []\n");
        out.append(Provenance.block(java.util.List.of()));
        out.append("---\n\n## English\n\n").append(PLACEHOLDER_EN).append("\n\n## 中文\n\n").append(PLACEHOLDER_ZH).append('\n');
        return out.toString();
    }
}
