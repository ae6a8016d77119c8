package dev.statusdocs.sources;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The document formats the manifest may name, each with the parser that reads it. */
public enum SourceFormat {
    PIPE_FIELDS("pipe-fields", true, PipeFieldsParser::new,
            "an entry is a line holding only its code and '|', then one line per field"),
    MARKDOWN_TABLE("markdown-table", true, MarkdownTableParser::new,
            "an entry is a row of a table, which starts with a header row and a delimiter row such as "
                    + "'| --- | --- |' with as many cells as the header, and ends at a blank line"),
    PDF_ARTICLE("pdf-article", false, PdfArticleParser::new,
            "an entry starts with '404 - text', '404 (name) text' or a heading line '404 Not Found'"),
    RFC_HEADINGS("rfc-headings", false, RfcHeadingsParser::new,
            "an entry is a heading such as '### 404 Not Found' and the text under it");

    private final String id;
    private final boolean readsFields;
    private final Supplier<SourceParser> parser;
    private final String entryShape;

    SourceFormat(String id, boolean readsFields, Supplier<SourceParser> parser, String entryShape) {
        this.id = id;
        this.readsFields = readsFields;
        this.parser = parser;
        this.entryShape = entryShape;
    }

    /** How an entry is written in this format, for hints. */
    String entryShape() {
        return entryShape;
    }

    public String id() {
        return id;
    }

    /** Whether the parser fills the manifest's {@code fields} in order ({@link EntryFields}). */
    boolean readsFields() {
        return readsFields;
    }

    public SourceParser parser() {
        return parser.get();
    }

    public static Optional<SourceFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return Arrays.stream(values()).map(SourceFormat::id).collect(Collectors.joining(", "));
    }
}
