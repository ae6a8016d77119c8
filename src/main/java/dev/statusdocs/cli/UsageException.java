package dev.statusdocs.cli;

/** The command line itself is wrong: the message says how, and the exit code is {@link ExitCodes#USAGE}. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
