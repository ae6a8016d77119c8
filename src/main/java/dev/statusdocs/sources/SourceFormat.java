package dev.statusdocs.sources;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The document formats the manifest may name, each with the parser that reads it. */
public enum SourceFormat {
    PIPE_FIELDS("pipe-fields", Fields.IN_ORDER, PipeFieldsParser::new,
            "an entry is a line holding only its code and '|', then one line per field"),
    MARKDOWN_TABLE("markdown-table", Fields.IN_ORDER, MarkdownTableParser::new,
            "an entry is a row of a table, which starts with a header row and a delimiter row such as "
                    + "'| --- | --- |' with as many cells as the header, and ends at a blank line"),
    PDF_ARTICLE("pdf-article", Fields.NONE, PdfArticleParser::new,
            "an entry starts with '404 - text', '404 (name) text' or a heading line '404 Not Found'"),
    RFC_HEADINGS("rfc-headings", Fields.NONE, RfcHeadingsParser::new,
            "an entry is a heading such as '### 404 Not Found' and the text under it"),
    CSV("csv", Fields.BY_NAME, DelimitedParser::commas,
            "an entry is a row after the header row, its code in the column that 'columns' names for code"),
    TSV("tsv", Fields.BY_NAME, DelimitedParser::tabs,
            "an entry is a row after the header row, its code in the column that 'columns' names for code"),
    HTML_TABLE("html-table", Fields.IN_ORDER, HtmlTableParser::new,
            "an entry is a row of <td> cells in a table that 'selector' matches; rows of <th> only are headers"),
    JSON("json", Fields.BY_NAME, JsonArrayParser::new,
            "an entry is an object in the top-level array, its code in the property that 'columns' names for code");

    /** How a format finds an entry's fields: in the manifest's order, by the names in 'columns', or itself. */
    enum Fields { IN_ORDER, BY_NAME, NONE }

    private final String id;
    private final Fields fields;
    private final Supplier<SourceParser> parser;
    private final String entryShape;

    SourceFormat(String id, Fields fields, Supplier<SourceParser> parser, String entryShape) {
        this.id = id;
        this.fields = fields;
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
        return fields == Fields.IN_ORDER;
    }

    /** Whether the parser finds each field by the column or property name the manifest's {@code columns} give. */
    boolean readsColumns() {
        return fields == Fields.BY_NAME;
    }

    /** Whether the manifest must say which tables of the document hold the entries. */
    boolean needsSelector() {
        return this == HTML_TABLE;
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
