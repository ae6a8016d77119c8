package dev.statusdocs.serve;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;

/**
 * Waits for changes, rebuilds and reloads the open pages, for as long as the preview runs. Nothing a rebuild
 * throws ends it, not even an {@link Error} such as a stack overflow on deeply nested content: the problem is
 * reported and the last good site stays served.
 */
public final class PreviewLoop {
    /** Stack frames shown for an unexpected failure: enough to report it, not a screenful of recursion. */
    private static final int FRAMES = 8;

    /** One rebuild after the given project-relative paths changed, including bringing the site folder up to date. */
    @FunctionalInterface
    public interface Rebuild {
        Outcome run(Set<String> changed) throws Exception;
    }

    /** What a rebuild did: whether the site folder now holds the new build, and a line saying what happened. */
    public record Outcome(boolean updated, String summary) {
    }

    private final Watcher watcher;
    private final DevServer server;
    private final PrintWriter out;
    private final PrintWriter err;

    public PreviewLoop(Watcher watcher, DevServer server, PrintWriter out, PrintWriter err) {
        this.watcher = watcher;
        this.server = server;
        this.out = out;
        this.err = err;
    }

    /** Runs until the thread is interrupted. */
    public void run(Rebuild rebuild) throws InterruptedException {
        while (true) {
            Set<String> changed = watcher.next();
            try {
                Outcome outcome = rebuild.run(changed);
                if (outcome.updated()) {
                    server.reloadPages();
                }
                out.println("serve: " + outcome.summary());
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception | Error e) {
                report(e);
            }
        }
    }

    private void report(Throwable problem) {
        if (problem instanceof UncheckedIOException io) {
            err.println("serve: rebuild failed: " + io.getMessage() + ": " + io.getCause().getMessage()
                    + "; still serving the last good site");
            return;
        }
        err.println("serve: rebuild failed with an internal error (please report it with the change that caused it): "
                + problem + "; still serving the last good site");
        StackTraceElement[] trace = problem.getStackTrace();
        Arrays.stream(trace).limit(FRAMES).forEach(frame -> err.println("\tat " + frame));
        if (trace.length > FRAMES) {
            err.println("\t... " + (trace.length - FRAMES) + " more");
        }
    }
}
