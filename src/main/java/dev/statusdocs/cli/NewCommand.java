package dev.statusdocs.cli;

import dev.statusdocs.content.Merger;
import dev.statusdocs.content.PageTemplate;
import dev.statusdocs.output.PageFiles;
import dev.statusdocs.pipeline.Content;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statusdocs new CODE}: writes a page skeleton with every required field and both sections. */
@Command(name = "new", description = "Create content/codes/CODE.md with the required fields and both language sections.")
final class NewCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;
    @Parameters(paramLabel = "CODE", description = "A three-digit status code, 100 to 999.")
    int code;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (code < 100 || code > 999) {
            spec.commandLine().getErr().println("new: " + code + " is not a three-digit status code");
            return ExitCodes.USAGE;
        }
        String file = Merger.pathOf(code);
        if (Files.exists(project.root.resolve(file))) {
            spec.commandLine().getErr().println("new: " + file + " already exists; edit it instead");
            return ExitCodes.USAGE;
        }
        Content content = new Pipeline(project.root).load();
        String text = PageTemplate.forCode(code, content.registry().find(code));
        new PageFiles(project.root).write(Map.of(file, text), List.of(file));
        spec.commandLine().getOut().println("new: wrote " + file + "; fill in both sections, then run 'statusdocs check'");
        return ExitCodes.OK;
    }

}
