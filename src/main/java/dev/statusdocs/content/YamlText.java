package dev.statusdocs.content;

/** Writes YAML scalars the same way every time, so that generated files are stable. */
final class YamlText {
    private YamlText() {
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
