package io.jenkins.plugins.perftracker.core.cli;

/** Wrong arguments on the command line (exit code 2). */
class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(final String message) {
        super(message);
    }
}
