package dev.statusdocs.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic JSON: fields in the order written, maps by key, two-space indent, \n line ends. Written with
 * Jackson's streaming generator field by field: the object mapper would first look into every record class by
 * reflection, which costs a short build more than writing the files.
 */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes one JSON value. */
    interface Body {
        void writeTo(Json json) throws IOException;
    }

    private final JsonGenerator out;

    private Json(JsonGenerator out) {
        this.out = out;
    }

    /** The value in UTF-8, ending with a line break; written as bytes, not as a string encoded afterwards. */
    static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            generator.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            body.writeTo(new Json(generator));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    <T> void array(List<T> items, Item<T> item) throws IOException {
        out.writeStartArray();
        for (T value : items) {
            item.writeTo(value);
        }
        out.writeEndArray();
    }

    /** Writes one element of an array. */
    interface Item<T> {
        void writeTo(T value) throws IOException;
    }

    void startObject() throws IOException {
        out.writeStartObject();
    }

    void endObject() throws IOException {
        out.writeEndObject();
    }

    void field(String name, String value) throws IOException {
        out.writeStringField(name, value);
    }

    void field(String name, int value) throws IOException {
        out.writeNumberField(name, value);
    }

    void field(String name, boolean value) throws IOException {
        out.writeBooleanField(name, value);
    }

    void nullField(String name) throws IOException {
        out.writeNullField(name);
    }

    /** A map as an object with its keys in order; null writes null. */
    void field(String name, Map<String, String> values) throws IOException {
        if (values == null) {
            out.writeNullField(name);
            return;
        }
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            out.writeStringField(entry.getKey(), entry.getValue());
        }
        out.writeEndObject();
    }

    void strings(String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    void numbers(String name, List<Integer> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (int value : values) {
            out.writeNumber(value);
        }
        out.writeEndArray();
    }

    void name(String name) throws IOException {
        out.writeFieldName(name);
    }
}
