package dev.statusdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/statusdocs run from a project whose path has a space in it. Tests run before {@code mvn package} makes
 * target/statusdocs.jar, so the copy gets a jar of the same name whose manifest points at the compiled classes
 * and libraries, and a class-data-sharing archive made from it as the build makes its own.
 */
class LauncherTest {
    private static final Path SH = Path.of("/bin/sh");
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void copyTheLauncherIntoAPathWithASpace() throws Exception {
        assumeTrue(Files.isExecutable(SH), "needs a POSIX shell");
        project = dir.resolve("my projects/status docs");
        Files.createDirectories(project.resolve("bin"));
        Files.copy(Path.of("bin/statusdocs"), project.resolve("bin/statusdocs"));
        Path jar = project.resolve("target/statusdocs.jar");
        writeJar(jar);
        Path archive = project.resolve("target/statusdocs.jsa");
        Result dump = run(List.of(javaCommand(), "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "--version"));
        assertEquals(0, dump.exit(), dump.output());
        assertTrue(Files.isRegularFile(archive), "archive written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "serve --help", "build --help"})
    void runsFromAPathWithASpace(String arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(SH.toString(), project.resolve("bin/statusdocs").toString()));
        command.addAll(Arrays.asList(arguments.split(" ")));
        Result result = run(command);
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().startsWith("Usage: statusdocs"), result.output());
    }

    private record Result(int exit, String output) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        // The launcher calls plain `java`: make it the one running these tests.
        builder.environment().put("PATH", Path.of(javaCommand()).getParent() + File.pathSeparator
                + builder.environment().getOrDefault("PATH", ""));
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "finished");
        return new Result(process.exitValue(), output);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A jar with only a manifest: the entry point, and the test class path as absolute file URLs. */
    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "dev.statusdocs.cli.Main");
        main.put(Attributes.Name.CLASS_PATH, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" ")));
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar.
        }
    }
}
