package dev.statusdocs.cli;

import dev.statusdocs.content.Merger;
import dev.statusdocs.content.PageTemplate;
import dev.statusdocs.output.PageFiles;
import dev.statusdocs.pipeline.Content;
import dev.statusdocs.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code statusdocs new CODE}: writes a page skeleton with every required field and both sections. */
final class NewCommand extends Subcommand {
    NewCommand() {
        super("new",
                "Create content/codes/CODE.md with the required fields and both language sections.",
                List.of(), "CODE");
    }

    @Override
    int run(Arguments arguments, Terminal terminal) {
        if (arguments.positionals().size() != 1) {
            throw new UsageException("name exactly one code, such as: statusdocs new 599");
        }
        int code = Arguments.number(arguments.positionals().get(0), "CODE");
        if (code < 100 || code > 999) {
            terminal.err().println("new: " + code + " is not a three-digit status code");
            return ExitCodes.USAGE;
        }
        Path root = arguments.root();
        String file = Merger.pathOf(code);
        if (Files.exists(root.resolve(file))) {
            terminal.err().println("new: " + file + " already exists; edit it instead");
            return ExitCodes.USAGE;
        }
        Content content = new Pipeline(root).load();
        String text = PageTemplate.forCode(code, content.registry().find(code));
        new PageFiles(root).write(Map.of(file, text), List.of(file));
        terminal.out().println("new: wrote " + file + "; fill in both sections, then run 'statusdocs check'");
        return ExitCodes.OK;
    }
}
