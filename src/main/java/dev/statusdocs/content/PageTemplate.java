package dev.statusdocs.content;

import dev.statusdocs.model.RegistryEntry;
import java.util.List;
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
        StringBuilder out = new StringBuilder(YamlText.pageFacts(code, title, title, entry));
        out.append("summary:\n  en: \"One sentence on what ").append(code).append(" means.\"\n")
                .append("  zh: \"用一句话说明 ").append(code).append(" 的含义。\"\n");
        out.append("related: []\n");
        out.append(Provenance.block(List.of()));
        out.append("---\n\n## English\n\n").append(PLACEHOLDER_EN).append("\n\n## 中文\n\n").append(PLACEHOLDER_ZH).append('\n');
        return out.toString();
    }
}
