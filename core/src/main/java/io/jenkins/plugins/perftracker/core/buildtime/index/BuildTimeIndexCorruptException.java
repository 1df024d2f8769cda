package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index file is damaged somewhere a torn append cannot explain (a checksum fails before the last record, a
 * record passes its checksum but does not decode). The index is derived data: rebuild it from the build records.
 */
public final class BuildTimeIndexCorruptException extends IOException {
    private static final long serialVersionUID = 1L;

    BuildTimeIndexCorruptException(final Path file, final String problem, final Throwable cause) {
        super(file + ": " + problem + "; rebuild the build-time index from the build records", cause);
    }
}
