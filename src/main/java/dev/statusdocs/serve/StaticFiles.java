package dev.statusdocs.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps request paths to files inside the site folder and nowhere else. A path that tries to climb out, in
 * any encoding, is refused before it touches the file system.
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "xml", "application/xml", "zip", "application/zip", "png", "image/png");

    /** What to answer: a file, a refusal (400), or nothing there (404). */
    sealed interface Answer permits Found, BadRequest, NotFound {
    }

    record Found(Path file, String contentType) implements Answer {
    }

    record BadRequest() implements Answer {
    }

    record NotFound() implements Answer {
    }

    private final Path root;

    StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Answer resolve(URI request) {
        String raw = request.getRawPath();
        if (raw == null || !raw.startsWith("/") || raw.contains("\\") || raw.toLowerCase(Locale.ROOT).contains("%5c")
                || raw.contains("%00") || raw.toLowerCase(Locale.ROOT).contains("%2f")) {
            return new BadRequest();
        }
        String path = request.getPath();
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\0') >= 0) {
                return new BadRequest();
            }
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return new BadRequest();
        }
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                return new NotFound();
            }
        } catch (IOException e) {
            return new NotFound();
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return new Found(file, Optional.ofNullable(TYPES.get(extension)).orElse("application/octet-stream"));
    }
}
