package dev.statusdocs.sources;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The document formats the manifest may name, each with the parser that reads it. */
public enum SourceFormat {
    PIPE_FIELDS("pipe-fields", true, PipeFieldsParser::new),
    MARKDOWN_TABLE("markdown-table", true, MarkdownTableParser::new),
    PDF_ARTICLE("pdf-article", false, PdfArticleParser::new),
    RFC_HEADINGS("rfc-headings", false, RfcHeadingsParser::new);

    private final String id;
    private final boolean readsFields;
    private final Supplier<SourceParser> parser;

    SourceFormat(String id, boolean readsFields, Supplier<SourceParser> parser) {
        this.id = id;
        this.readsFields = readsFields;
        this.parser = parser;
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
