package dev.statusdocs.cli;

/** The exit codes every subcommand uses. */
final class ExitCodes {
    static final int OK = 0;
    /** The content has errors: diagnostics were printed. */
    static final int INVALID_CONTENT = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** {@code merge --check}: committed pages are out of date; {@code registry diff}: IANA's file differs from ours. */
    static final int STALE = 3;
    /** {@code build --strict}: an error-severity finding is unresolved. */
    static final int UNRESOLVED_FINDINGS = 4;
    /** Reading or writing files failed. */
    static final int IO_ERROR = 5;
    /** A bug in statusdocs: an exception no diagnostic explains. */
    static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
