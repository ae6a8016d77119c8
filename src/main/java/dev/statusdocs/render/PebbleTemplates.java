package dev.statusdocs.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Entities;

/** The Pebble engine over {@code templates/}; each template is compiled on first use and kept. */
public final class PebbleTemplates {
    private final PebbleEngine engine;

    public PebbleTemplates(Path templatesDir) {
        FileLoader loader = new FileLoader();
        loader.setPrefix(templatesDir.toAbsolutePath().toString());
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .newLineTrimming(true)
                // jsoup's escaper, for text and quoted attributes alike: jsoup has its entity tables loaded for
                // reading HTML anyway, and Pebble's own escaper would build another set on every cold build.
                .addEscapingStrategy("html", Entities::escape)
                .build();
    }

    /** The template's output for this context, in UTF-8. */
    public byte[] render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render template " + template, e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
