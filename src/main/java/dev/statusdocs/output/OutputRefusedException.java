package dev.statusdocs.output;

/**
 * The output folder may not be used: it is the project or holds it, or it holds files statusdocs did not make.
 * Nothing was changed; the message names the folder and what to do instead.
 */
public final class OutputRefusedException extends RuntimeException {
    OutputRefusedException(String message) {
        super(message);
    }
}
