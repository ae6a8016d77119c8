package dev.statusdocs.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The Pebble engine over {@code templates/}, built once; templates are compiled once and cached. */
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
                .build();
    }

    /**
     * The engine with every template in {@code templatesDir} compiled. A template that does not compile is left
     * for {@link #render} to report where it is used.
     */
    public static PebbleTemplates compiled(Path templatesDir) {
        PebbleTemplates templates = new PebbleTemplates(templatesDir);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(templatesDir)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".peb"))
                    .forEach(name -> templates.compile(name.substring(0, name.length() - ".peb".length())));
        } catch (IOException e) {
            // Nothing compiled ahead; rendering reads the templates itself and reports what is wrong.
        }
        return templates;
    }

    private void compile(String template) {
        try {
            engine.getTemplate(template);
        } catch (RuntimeException e) {
            // Reported by render(), with the page that uses it.
        }
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
