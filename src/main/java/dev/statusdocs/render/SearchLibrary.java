package dev.statusdocs.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The search library's script, read from its WebJar on the class path (a Maven dependency), so the site carries
 * its own copy and loads nothing from another origin. The version comes from the WebJar's own Maven metadata.
 */
final class SearchLibrary {
    static final String PATH = "assets/lunr.min.js";
    private static final String METADATA = "META-INF/maven/org.webjars.npm/lunr/pom.properties";
    private static final String SCRIPT = "META-INF/resources/webjars/lunr/%s/lunr.min.js";

    private SearchLibrary() {
    }

    static byte[] script() {
        Properties metadata = new Properties();
        try (InputStream in = resource(METADATA)) {
            metadata.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + METADATA, e);
        }
        String script = String.format(SCRIPT, metadata.getProperty("version"));
        try (InputStream in = resource(script)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SearchLibrary.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: the lunr WebJar is missing from the build");
        }
        return in;
    }
}
