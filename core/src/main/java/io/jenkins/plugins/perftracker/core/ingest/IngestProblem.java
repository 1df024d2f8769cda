package io.jenkins.plugins.perftracker.core.ingest;

import java.io.Serializable;

/**
 * A file that could not be read, and why; the other files of the same publish are still read.
 *
 * @param file    the file's path relative to the base directory
 * @param message what was wrong, with location and expectation where known
 */
public record IngestProblem(String file, String message) implements Serializable {
    @Override
    public String toString() {
        return message.startsWith(file) ? message : file + ": " + message;
    }
}
