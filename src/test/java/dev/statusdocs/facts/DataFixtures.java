package dev.statusdocs.facts;

import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.RegistryEntry;
import dev.statusdocs.model.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A two-code registry and the fixture files under src/test/resources/facts/MODE/. */
final class DataFixtures {
    static final Registry REGISTRY = new Registry(List.of(
            entry(404, "RFC 9110, Section 15.5.5"), entry(429, "RFC 6585, Section 4")));

    private DataFixtures() {
    }

    private static RegistryEntry entry(int code, String label) {
        return new RegistryEntry(code, "Name " + code, new Spec(label, "https://www.rfc-editor.org/"),
                CodeStatus.STANDARD, List.of(), List.of(), "");
    }

    static String text(String mode, String file) {
        try {
            return Files.readString(Path.of("src/test/resources/facts", mode, file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each diagnostic's first line, without the file name. */
    static List<String> lines(List<Diagnostic> diagnostics, String file) {
        return diagnostics.stream().map(Diagnostic::format).map(d -> d.split("\n")[0])
                .map(d -> d.substring(file.length() + 1)).toList();
    }

    static List<String> expected(String expected) {
        return Arrays.stream(expected.split(" ; ")).map(String::strip).toList();
    }
}
