package dev.statusdocs.cli;

import java.util.List;

/** One subcommand: what it is called, what it takes, and what it does with a parsed command line. */
abstract class Subcommand {
    private final String name;
    private final String description;
    private final List<OptionSpec> options;
    private final String parameters;

    /**
     * @param description one sentence for the usage text
     * @param options     the options it takes besides {@code --root} and {@code --help}
     * @param parameters  how its positional arguments read in the usage text, such as "CODE", or empty
     */
    Subcommand(String name, String description, List<OptionSpec> options, String parameters) {
        this.name = name;
        this.description = description;
        this.options = List.copyOf(options);
        this.parameters = parameters;
    }

    final String name() {
        return name;
    }

    final String description() {
        return description;
    }

    final List<OptionSpec> options() {
        return options;
    }

    final String parameters() {
        return parameters;
    }

    abstract int run(Arguments arguments, Terminal terminal) throws Exception;
}
