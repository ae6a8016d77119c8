package dev.statusdocs.sources;

import java.util.List;
import java.util.regex.Pattern;

/** Splits a document into lines the same way for every parser: \n, \r\n or \r, BOM dropped. */
final class Lines {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private Lines() {
    }

    static List<String> of(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(LINE_BREAK.split(withoutBom, -1));
    }
}
