package dev.statusdocs.sources;

import java.util.List;

/** Splits a document into lines the same way for every parser: \n, \r\n or \r, BOM dropped. */
final class Lines {
    private Lines() {
    }

    static List<String> of(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return dev.statusdocs.text.LineBreaks.split(withoutBom);
    }
}
