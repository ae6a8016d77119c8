package dev.statusdocs.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The commits that changed files under one folder, newest first, as git records them. Dates are commit times, so the
 * same commit always gives the same dates.
 */
public final class ContentHistory {
    /** A commit that changed some of the folder's files. */
    public record Change(String commit, Instant time, String subject, List<String> files) {
    }

    public static final ContentHistory NONE = new ContentHistory(List.of());
    private static final long GIT_TIMEOUT_SECONDS = 20;

    private final List<Change> changes;
    private final Map<String, Instant> lastChanged = new HashMap<>();

    ContentHistory(List<Change> changes) {
        this.changes = List.copyOf(changes);
        for (Change change : changes) {
            change.files().forEach(file -> lastChanged.putIfAbsent(file, change.time()));
        }
    }

    /** The history of {@code folder} (relative to {@code root}); {@link #NONE} when git cannot tell. */
    public static ContentHistory read(Path root, String folder) {
        ProcessBuilder git = new ProcessBuilder("git", "-C", root.toString(), "log", "--no-renames", "--relative",
                "--format=%x1e%H%x1f%ct%x1f%s", "--name-only", "--", folder)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        git.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process process = git.start();
            String log;
            try (InputStream out = process.getInputStream()) {
                log = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return NONE;
            }
            return parse(log);
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** Parses {@code git log} output in the format {@link #read} asks for. */
    static ContentHistory parse(String log) {
        List<Change> changes = new ArrayList<>();
        for (String record : log.split("\u001e")) {
            String[] lines = record.strip().split("\n");
            String[] head = lines[0].split("\u001f", 3);
            if (head.length < 3) {
                continue;
            }
            List<String> files = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    files.add(lines[i].strip());
                }
            }
            changes.add(new Change(head[0], Instant.ofEpochSecond(Long.parseLong(head[1])), head[2], files));
        }
        return new ContentHistory(changes);
    }

    /** When {@code file} (relative to the project) last changed in a commit. */
    public Optional<Instant> lastChanged(String file) {
        return Optional.ofNullable(lastChanged.get(file));
    }

    /** Every change, newest first. */
    public List<Change> changes() {
        return changes;
    }

    /** The time of the newest change, which dates what the build made from these files. */
    public Optional<Instant> latest() {
        return changes.stream().findFirst().map(Change::time);
    }
}
