package dev.statusdocs.cli;

import dev.statusdocs.output.SiteUpdater;
import dev.statusdocs.output.SiteWriter;
import dev.statusdocs.pipeline.Pipeline;
import dev.statusdocs.pipeline.Rebuilder;
import dev.statusdocs.serve.DevServer;
import dev.statusdocs.serve.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code statusdocs serve [--port N]}: builds, serves site/ on 127.0.0.1, rebuilds on change and reloads the page. */
@Command(name = "serve", description = "Preview the site on 127.0.0.1, rebuilding and reloading as you edit content/ or templates/.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;
    @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path root = project.root.toAbsolutePath().normalize();
        Path site = root.resolve("site");
        Rebuilder rebuilder = new Rebuilder(new Pipeline(root));
        Rebuilder.Result first = rebuilder.rebuild(Set.of());
        Console.report(spec.commandLine().getErr(), first.diagnostics());
        if (first.failed()) {
            return ExitCodes.INVALID_CONTENT;
        }
        new SiteWriter().write(site, first.files());
        try (DevServer server = new DevServer(site, port);
             Watcher watcher = new Watcher(root, Path.of("content"), Path.of("templates"))) {
            out.printf("serve: http://127.0.0.1:%d/en/index.html (built in %d ms); watching content/ and templates/, Ctrl+C to stop%n",
                    server.port(), first.nanos() / 1_000_000);
            while (true) {
                Set<String> changed = watcher.next();
                Rebuilder.Result result = rebuilder.rebuild(changed);
                if (result.failed()) {
                    Console.report(spec.commandLine().getErr(), result.diagnostics());
                    out.println("serve: rebuild failed; still serving the last good site");
                    continue;
                }
                int written = new SiteUpdater().update(site, result.previous(), result.files());
                server.reloadPages();
                out.printf("serve: %s changed; rebuilt in %d ms, %d file(s) written%n",
                        String.join(", ", changed), result.nanos() / 1_000_000, written);
            }
        }
    }
}
