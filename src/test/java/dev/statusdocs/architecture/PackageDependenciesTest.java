package dev.statusdocs.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages depend on each other one way only (cli → pipeline → stages → model), read from the main sources'
 * references to {@code dev.statusdocs.*} packages.
 */
class PackageDependenciesTest {
    private static final Path MAIN = Path.of("src/main/java/dev/statusdocs");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.statusdocs\\.([a-z]+)\\b");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycle = findCycle(graph);
        assertEquals(List.of(), cycle, "package cycle: " + String.join(" -> ", cycle));
    }

    @Test
    void theModelDependsOnNoOtherPackageAndNothingDependsOnTheCommandLine() {
        Map<String, Set<String>> graph = dependencies();
        assertEquals(Set.of(), graph.get("model"));
        graph.forEach((from, to) -> assertTrue(!to.contains("cli"), from + " depends on cli"));
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of());
        assertEquals(List.of("a", "b", "c", "a"), findCycle(graph));
    }

    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = MAIN.relativize(file).getName(0).toString();
                Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        to.add(reference.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(graph.size() > 5, "read the packages under " + MAIN.toAbsolutePath());
        return graph;
    }

    /** A path that starts and ends at the same package, or an empty list when there is none. */
    static List<String> findCycle(Map<String, Set<String>> graph) {
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> cycle = search(graph, start, new ArrayList<>(), done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> search(Map<String, Set<String>> graph, String node, List<String> path, Set<String> done) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            List<String> cycle = search(graph, next, path, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return List.of();
    }
}
