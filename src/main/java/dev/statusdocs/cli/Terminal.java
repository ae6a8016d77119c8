package dev.statusdocs.cli;

import java.io.PrintWriter;

/** Where a subcommand prints: results to {@code out}, diagnostics and errors to {@code err}. */
record Terminal(PrintWriter out, PrintWriter err) {
}
