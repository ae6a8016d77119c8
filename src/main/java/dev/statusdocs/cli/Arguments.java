package dev.statusdocs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subcommand's command line, parsed against the options it declares: {@code --name value},
 * {@code --name=value}, flags, positional arguments, and {@code --} before positional arguments that start
 * with a dash.
 */
final class Arguments {
    static final OptionSpec ROOT = OptionSpec.valued("--root", "DIR",
            "The project folder holding content/ and templates/ (default: the current folder).");
    static final OptionSpec HELP = OptionSpec.flag("--help", "Show this help and exit (also -h).");

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positionals = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(Subcommand command, List<String> args) {
        Map<String, OptionSpec> known = new HashMap<>();
        for (OptionSpec option : options(command)) {
            known.put(option.name(), option);
        }
        known.put("-h", HELP);
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            OptionSpec option = known.get(name);
            if (option == null) {
                throw new UsageException("unknown option '" + name + "'");
            }
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException("option '" + name + "' takes no value");
                }
                parsed.flags.add(option.name());
            } else if (equals >= 0) {
                parsed.values.put(option.name(), arg.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                parsed.values.put(option.name(), args.get(++i));
            } else {
                throw new UsageException("option '" + name + "' needs a value: " + name + " " + option.valueLabel());
            }
        }
        return parsed;
    }

    /** Every option the subcommand takes, the shared ones first. */
    static List<OptionSpec> options(Subcommand command) {
        List<OptionSpec> all = new ArrayList<>(List.of(ROOT));
        all.addAll(command.options());
        all.add(HELP);
        return all;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String value(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    Path root() {
        return path(ROOT.name()) == null ? Path.of(".") : path(ROOT.name());
    }

    /** The option's value as a path, or null when it was not given. */
    Path path(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("option '" + name + "': not a path: '" + value + "'");
        }
    }

    int integer(String name, int otherwise) {
        String value = values.get(name);
        return value == null ? otherwise : number(value, "option '" + name + "'");
    }

    List<String> positionals() {
        return List.copyOf(positionals);
    }

    /** For a subcommand that takes no positional arguments: fails when some were given. */
    void expectNoPositionals() {
        if (!positionals.isEmpty()) {
            throw new UsageException("unexpected argument '" + positionals.get(0) + "'");
        }
    }

    static int number(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(what + ": '" + value + "' is not a whole number");
        }
    }
}
