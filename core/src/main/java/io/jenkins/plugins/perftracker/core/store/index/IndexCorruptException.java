package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A part of the index that cannot be a torn write is damaged (a segment's checksum, a record that passed its
 * checksum but does not decode). The index is derived data: rebuild it from the build records.
 */
public final class IndexCorruptException extends IOException {
    private static final long serialVersionUID = 1L;

    IndexCorruptException(final Path file, final String problem, final Throwable cause) {
        super(file + ": " + problem + "; rebuild the index from the build records", cause);
    }
}
