package dev.statusdocs.cli;

/**
 * An option a subcommand takes.
 *
 * @param name         with its dashes, such as "--port"
 * @param valueLabel   how its value reads in the usage text, such as "N"; null for a flag that takes no value
 * @param description  one line for the usage text
 */
record OptionSpec(String name, String valueLabel, String description) {
    static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, null, description);
    }

    static OptionSpec valued(String name, String valueLabel, String description) {
        return new OptionSpec(name, valueLabel, description);
    }

    boolean takesValue() {
        return valueLabel != null;
    }
}
