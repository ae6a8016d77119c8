package dev.statusdocs.cli;

import dev.statusdocs.output.SiteUpdater;
import dev.statusdocs.output.SiteWriter;
import dev.statusdocs.pipeline.Rebuilder;
import dev.statusdocs.serve.DevServer;
import dev.statusdocs.serve.PreviewLoop;
import dev.statusdocs.serve.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statusdocs serve [--port N]}: builds, serves site/ on 127.0.0.1, rebuilds on change and reloads the page. */
@Command(name = "serve",
        description = "Preview the site on 127.0.0.1, rebuilding and reloading as you edit content/ or templates/.")
final class ServeCommand extends ProjectCommand {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Address the pages link to (default: http://127.0.0.1:PORT/, where serve answers).")
    String baseUrl;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw usageError("option '--port': " + port + " is not a port number (0 to 65535)");
        }
        checkBaseUrl(baseUrl);
        Path project = root.toAbsolutePath().normalize();
        try (SiteWriter writer = claimOutput(project.resolve("site"))) {
            return serve(project, writer);
        }
    }

    private int serve(Path project, SiteWriter writer) throws IOException, InterruptedException {
        PrintWriter out = out();
        Rebuilder rebuilder = new Rebuilder(project,
                Optional.of(baseUrl != null ? baseUrl : "http://127.0.0.1:" + port + "/"));
        Rebuilder.Result first = rebuilder.rebuild(Set.of());
        DiagnosticPrinter.report(err(), first.diagnostics());
        if (first.failed()) {
            return ExitCodes.INVALID_CONTENT;
        }
        writer.write(first.files());
        Path site = writer.site();
        try (DevServer server = new DevServer(site, port);
             Watcher watcher = new Watcher(project, Path.of("content"), Path.of("templates"))) {
            out.printf("serve: http://127.0.0.1:%d/en/index.html (built in %d ms); watching content/ and templates/, Ctrl+C to stop%n",
                    server.port(), first.nanos() / 1_000_000);
            new PreviewLoop(watcher, server, out, err()).run(changed -> {
                Rebuilder.Result result = rebuilder.rebuild(changed);
                if (result.failed()) {
                    DiagnosticPrinter.report(err(), result.diagnostics());
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
