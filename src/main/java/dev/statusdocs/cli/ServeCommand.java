package dev.statusdocs.cli;

import dev.statusdocs.output.SiteUpdater;
import dev.statusdocs.output.SiteWriter;
import dev.statusdocs.pipeline.Pipeline;
import dev.statusdocs.pipeline.Rebuilder;
import dev.statusdocs.serve.DevServer;
import dev.statusdocs.serve.PreviewLoop;
import dev.statusdocs.serve.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code statusdocs serve [--port N]}: builds, serves site/ on 127.0.0.1, rebuilds on change and reloads the page. */
final class ServeCommand extends Subcommand {
    private static final int DEFAULT_PORT = 8000;
    private static final OptionSpec PORT = OptionSpec.valued("--port", "N",
            "Port on 127.0.0.1 (default: " + DEFAULT_PORT + ").");

    ServeCommand() {
        super("serve",
                "Preview the site on 127.0.0.1, rebuilding and reloading as you edit content/ or templates/.",
                List.of(PORT), "");
    }

    @Override
    int run(Arguments arguments, Terminal terminal) throws IOException, InterruptedException {
        arguments.expectNoPositionals();
        int port = arguments.integer(PORT.name(), DEFAULT_PORT);
        if (port < 0 || port > 65_535) {
            throw new UsageException("option '--port': " + port + " is not a port number (0 to 65535)");
        }
        Path root = arguments.root().toAbsolutePath().normalize();
        try (SiteWriter writer = BuildCommand.claimOutput(root.resolve("site"), root)) {
            return serve(root, port, writer, terminal);
        }
    }

    private static int serve(Path root, int port, SiteWriter writer, Terminal terminal)
            throws IOException, InterruptedException {
        PrintWriter out = terminal.out();
        Rebuilder rebuilder = new Rebuilder(new Pipeline(root));
        Rebuilder.Result first = rebuilder.rebuild(Set.of());
        Console.report(terminal.err(), first.diagnostics());
        if (first.failed()) {
            return ExitCodes.INVALID_CONTENT;
        }
        writer.write(first.files());
        Path site = writer.site();
        try (DevServer server = new DevServer(site, port);
             Watcher watcher = new Watcher(root, Path.of("content"), Path.of("templates"))) {
            out.printf("serve: http://127.0.0.1:%d/en/index.html (built in %d ms); watching content/ and templates/, Ctrl+C to stop%n",
                    server.port(), first.nanos() / 1_000_000);
            new PreviewLoop(watcher, server, out, terminal.err()).run(changed -> {
                Rebuilder.Result result = rebuilder.rebuild(changed);
                if (result.failed()) {
                    Console.report(terminal.err(), result.diagnostics());
                    return new PreviewLoop.Outcome(false, "rebuild failed; still serving the last good site");
                }
                int written = new SiteUpdater().update(site, result.previous(), result.files());
                return new PreviewLoop.Outcome(true, String.format("%s changed; rebuilt in %d ms, %d file(s) written",
                        String.join(", ", changed), result.nanos() / 1_000_000, written));
            });
            return ExitCodes.OK;
        }
    }
}
