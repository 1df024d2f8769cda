package io.jenkins.plugins.perftracker.core.store;

import java.io.IOException;
import java.nio.file.Path;

/** A run record could not be read: it names the file and, where known, the line and element at fault. */
public final class RunRecordException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    RunRecordException(final Path file, final String message, final Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path getFile() {
        return file;
    }
}
