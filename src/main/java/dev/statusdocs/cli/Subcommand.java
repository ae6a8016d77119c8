package dev.statusdocs.cli;

import java.util.List;

/** One subcommand: what it is called, what it takes, and what it does with a parsed command line. */
interface Subcommand {
    String name();

    /** One sentence for the usage text. */
    String description();

    /** The options it takes besides {@code --root} and {@code --help}. */
    List<OptionSpec> options();

    /** How its positional arguments read in the usage text, such as "CODE…", or empty when it takes none. */
    default String parameters() {
        return "";
    }

    int run(Arguments arguments, Terminal terminal) throws Exception;
}
