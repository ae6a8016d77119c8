package dev.statusdocs.cli;

import dev.statusdocs.content.Merger;
import dev.statusdocs.content.PageTemplate;
import dev.statusdocs.content.PageFiles;
import dev.statusdocs.model.Content;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code statusdocs new CODE}: writes a page skeleton with every required field and both sections. */
@Command(name = "new", description = "Create content/codes/CODE.md with the required fields and both language sections.")
final class NewCommand extends ProjectCommand {
    @Parameters(paramLabel = "CODE", description = "A three-digit status code, such as 599.")
    int code;

    @Override
    public Integer call() {
        if (code < 100 || code > 999) {
            throw usageError(code + " is not a three-digit status code");
        }
        String file = Merger.pathOf(code);
        if (Files.exists(root.resolve(file))) {
            throw usageError(file + " already exists; edit it instead");
        }
        Content content = new Pipeline(root).load();
        String text = PageTemplate.forCode(code, content.registry().find(code));
        new PageFiles(root).write(Map.of(file, text), List.of(file));
        out().println("new: wrote " + file + "; fill in both sections, then run 'statusdocs check'");
        return ExitCodes.OK;
    }
}
