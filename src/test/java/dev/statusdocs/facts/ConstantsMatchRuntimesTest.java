package dev.statusdocs.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusdocs.model.Constants;
import dev.statusdocs.model.Registry;
import dev.statusdocs.registry.RegistryReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The names in content/constants.yaml against the real libraries: Python's http.HTTPStatus and Node's
 * http.STATUS_CODES by running them, the JDK, Jakarta Servlet and Spring by reflection. Both ways: every name the
 * data gives must exist with that code, and where the data says "none" the library must have nothing for the code.
 */
class ConstantsMatchRuntimesTest {
    private static Constants constants;

    @BeforeAll
    static void read() throws IOException {
        Registry registry = new RegistryReader().read(Files.readString(Path.of(RegistryReader.FILE), StandardCharsets.UTF_8),
                Files.readString(Path.of(RegistryReader.NOTES_FILE), StandardCharsets.UTF_8)).registry();
        ConstantsReader.Result result = new ConstantsReader()
                .read(Files.readString(Path.of(ConstantsReader.FILE), StandardCharsets.UTF_8), registry);
        assertEquals(List.of(), result.diagnostics());
        constants = result.constants();
    }

    @Test
    void pythonNamesAreMembersOfHttpStatusWithTheirCode() throws Exception {
        JsonNode members = run("python3", "-c", "import http, json; print(json.dumps("
                + "{name: member.value for name, member in http.HTTPStatus.__members__.items()}))");
        assertEquals(List.of(), mismatches("python", fieldsOf(members)));
    }

    @Test
    void nodePhrasesAreTheOnesHttpStatusCodesGives() throws Exception {
        JsonNode phrases = run("node", "-e", "console.log(JSON.stringify(require('http').STATUS_CODES))");
        Map<String, List<Integer>> byPhrase = new TreeMap<>();
        phrases.fields().forEachRemaining(e -> byPhrase.computeIfAbsent(e.getValue().asText(), k -> new ArrayList<>())
                .add(Integer.parseInt(e.getKey())));
        assertEquals(List.of(), mismatches("node", byPhrase));
    }

    @Test
    void javaNamesAreFieldsOfHttpUrlConnection() {
        assertEquals(List.of(), mismatches("java", intConstants(HttpURLConnection.class)));
    }

    @Test
    void servletNamesAreFieldsOfHttpServletResponse() throws Exception {
        assertEquals(List.of(), mismatches("servlet",
                intConstants(Class.forName("jakarta.servlet.http.HttpServletResponse"))));
    }

    @Test
    void springNamesAreHttpStatusConstants() throws Exception {
        Class<?> type = Class.forName("org.springframework.http.HttpStatus");
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), List.of((Integer) type.getMethod("value").invoke(constant)));
        }
        assertEquals(List.of(), mismatches("spring", byName));
    }

    @Test
    void aWrongNameIsAMismatch() {
        Constants wrong = new Constants(constants.libraries(), new TreeMap<>(Map.of(404,
                Map.of("java", List.of("HTTP_NOTFOUND")))));
        assertEquals(List.of("404: java has no HTTP_NOTFOUND for 404", "404: java has HTTP_NOT_FOUND, the data says HTTP_NOTFOUND"),
                mismatches(wrong, "java", intConstants(HttpURLConnection.class)));
    }

    private static List<String> mismatches(String library, Map<String, List<Integer>> real) {
        return mismatches(constants, library, real);
    }

    /** What the data says that the library contradicts, code by code. */
    private static List<String> mismatches(Constants data, String library, Map<String, List<Integer>> real) {
        assertTrue(data.libraries().stream().anyMatch(l -> l.id().equals(library)), "no library " + library);
        List<String> problems = new ArrayList<>();
        data.names().forEach((code, byLibrary) -> {
            List<String> names = byLibrary.getOrDefault(library, List.of());
            for (String name : names) {
                if (!real.getOrDefault(name, List.of()).contains(code)) {
                    problems.add(code + ": " + library + " has no " + name + " for " + code);
                }
            }
            if (names.isEmpty() || !names.stream().allMatch(real::containsKey)) {
                real.forEach((name, codes) -> {
                    if (codes.contains(code) && !names.contains(name)) {
                        problems.add(code + ": " + library + " has " + name + ", the data says "
                                + (names.isEmpty() ? "none" : String.join(", ", names)));
                    }
                });
            }
        });
        return problems;
    }

    private static Map<String, List<Integer>> intConstants(Class<?> type) {
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                try {
                    byName.put(field.getName(), List.of(field.getInt(null)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return byName;
    }

    private static Map<String, List<Integer>> fieldsOf(JsonNode object) {
        Map<String, List<Integer>> byName = new TreeMap<>();
        object.fields().forEachRemaining(e -> byName.put(e.getKey(), List.of(e.getValue().asInt())));
        return byName;
    }

    /** Runs a command that prints one JSON document, and parses it; the command must exist and succeed. */
    private static JsonNode run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed");
        return new ObjectMapper().readTree(out);
    }
}
