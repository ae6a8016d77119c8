package dev.statusdocs.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Lang;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The machine-readable files under {@code data/}: claims, codes and findings, written field by field with
 * Jackson's streaming generator. Map keys sorted, two-space indent, \n line ends, a line break at the end.
 */
final class DataFiles {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private DataFiles() {
    }

    /** Writes one value of a file. */
    private interface Value {
        void write(JsonGenerator json) throws IOException;
    }

    static byte[] claims(List<Claim> claims) {
        return write(json -> {
            json.writeStartArray();
            for (Claim claim : claims) {
                json.writeStartObject();
                json.writeStringField("source", claim.source());
                json.writeStringField("file", claim.file());
                json.writeNumberField("line", claim.line());
                json.writeNumberField("code", claim.code());
                json.writeStringField("phrase", claim.phrase().orElse(null));
                json.writeStringField("lang", claim.lang().tag());
                json.writeStringField("text", claim.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    static byte[] codes(Collection<CodePage> pages, Map<Integer, List<String>> sourcesByCode) {
        return write(json -> {
            json.writeStartArray();
            for (CodePage page : pages) {
                json.writeStartObject();
                json.writeNumberField("code", page.code());
                json.writeStringField("status", page.status().id());
                writeTexts(json, "title", Optional.of(page.title()));
                json.writeFieldName("spec");
                if (page.spec().isPresent()) {
                    json.writeStartObject();
                    json.writeStringField("label", page.spec().get().label());
                    json.writeStringField("url", page.spec().get().url());
                    json.writeEndObject();
                } else {
                    json.writeNull();
                }
                writeStrings(json, "sources", sourcesByCode.getOrDefault(page.code(), List.of()));
                json.writeObjectFieldStart("pages");
                for (Lang lang : Lang.values()) {
                    json.writeStringField(lang.tag(), lang.tag() + "/" + page.code() + ".html");
                }
                json.writeEndObject();
                json.writeStringField("class", page.codeClass());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    static byte[] findings(List<Finding> findings) {
        return write(json -> {
            json.writeStartArray();
            for (Finding finding : findings) {
                json.writeStartObject();
                json.writeStringField("id", finding.id());
                json.writeStringField("kind", finding.kind().id());
                json.writeStringField("severity", finding.severity().id());
                json.writeArrayFieldStart("codes");
                for (int code : finding.codes()) {
                    json.writeNumber(code);
                }
                json.writeEndArray();
                writeStrings(json, "sources", finding.sources());
                json.writeArrayFieldStart("evidence");
                for (Evidence evidence : finding.evidence()) {
                    json.writeStartObject();
                    json.writeStringField("source", evidence.source());
                    json.writeStringField("file", evidence.file());
                    json.writeNumberField("line", evidence.line());
                    json.writeStringField("quote", evidence.quote());
                    json.writeEndObject();
                }
                json.writeEndArray();
                writeTexts(json, "message", Optional.of(finding.message()));
                json.writeBooleanField("resolved", finding.resolved());
                writeTexts(json, "resolution", finding.resolution());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** One text per language, keyed by language tag in sorted order, or null. */
    private static void writeTexts(JsonGenerator json, String field, Optional<Map<Lang, String>> texts)
            throws IOException {
        json.writeFieldName(field);
        if (texts.isEmpty()) {
            json.writeNull();
            return;
        }
        Map<String, String> byTag = new TreeMap<>();
        texts.get().forEach((lang, text) -> byTag.put(lang.tag(), text));
        json.writeStartObject();
        for (Map.Entry<String, String> entry : byTag.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    private static byte[] write(Value value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(PRETTY.createInstance());
            value.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
