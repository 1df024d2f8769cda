package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.nio.file.Path;

import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * Reads one result format into the run model. One implementation per format, registered in
 * {@link ReaderRegistry}; each is small and stateless, so one instance serves every file.
 */
public interface ResultReader {
    /** The format's id, as users write it in the {@code format} option (for example {@code jmh}). */
    String id();

    /** A human-readable name for messages and documentation. */
    String displayName();

    /**
     * Whether this file looks like this format, judged by its content.
     *
     * @param file the file (its name may help but must not decide alone)
     * @param head the first bytes of the file decoded as UTF-8 (at most {@link ReaderRegistry#HEAD_BYTES})
     */
    boolean detect(Path file, String head);

    /** Whether this directory is one result of this format (a Criterion.rs tree, say); most formats say no. */
    default boolean detectDirectory(final Path directory) {
        return false;
    }

    /**
     * Reads a file (or a directory this reader detected) into a run holding its tests and whatever run-level
     * facts the format has.
     *
     * @throws ResultFormatException when the content is not what the format expects, naming file and location
     * @throws IOException when the file cannot be read
     */
    PerfRun read(Path file) throws IOException, ResultFormatException;
}
