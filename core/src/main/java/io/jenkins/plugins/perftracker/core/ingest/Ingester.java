package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * Reads every result file a pattern names into one run: each file's format is detected by content (or forced),
 * directories are read whole when a format claims them (Criterion.rs) and searched otherwise, and a file that
 * fails is reported without stopping the others or losing what they gave.
 */
public final class Ingester {
    private final ReaderRegistry registry;

    public Ingester() {
        this(new ReaderRegistry());
    }

    public Ingester(final ReaderRegistry registry) {
        this.registry = registry;
    }

    /**
     * Reads the files that match a comma-separated Ant-style pattern under a base directory.
     *
     * @param format a format id to use for every file, or empty to detect each file's format
     * @throws IllegalArgumentException when the format id is unknown
     */
    public IngestResult ingest(final Path base, final String pattern, final Optional<String> format)
            throws IOException {
        return ingest(base, new FileGlob(pattern).expand(base), format);
    }

    /** Reads the given files and directories (relative names in messages are taken against {@code base}). */
    public IngestResult ingest(final Path base, final List<Path> paths, final Optional<String> format)
            throws IOException {
        Optional<ResultReader> forced = format.filter(f -> !f.isBlank() && !"auto".equals(f)).map(this::reader);
        Merger merger = new Merger(base);
        for (Path path : paths) {
            if (Files.isDirectory(path) && !claimsDirectory(forced, path)) {
                for (Path file : filesUnder(path)) {
                    merger.add(file, forced);
                }
            }
            else {
                merger.add(path, forced);
            }
        }
        return merger.result();
    }

    private ResultReader reader(final String id) {
        return registry.byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown result format '" + id + "'; known formats: auto, " + String.join(", ", registry.ids())));
    }

    private boolean claimsDirectory(final Optional<ResultReader> forced, final Path directory) throws IOException {
        if (forced.isPresent()) {
            return forced.get().detectDirectory(directory);
        }
        return registry.detect(directory).isPresent();
    }

    private static List<Path> filesUnder(final Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).sorted().limit(FileGlob.MAX_MATCHES).toList();
        }
    }

    /** Accumulates the files' runs; a file whose tests clash with earlier ones is refused whole. */
    private final class Merger {
        private final Path base;
        private final Map<String, String> formats = new LinkedHashMap<>();
        private final List<IngestProblem> problems = new ArrayList<>();
        private PerfRun merged = PerfRun.builder().build();

        Merger(final Path base) {
            this.base = base;
        }

        void add(final Path file, final Optional<ResultReader> forced) throws IOException {
            String name = relative(file);
            if (forced.isEmpty() && Files.isRegularFile(file) && Files.size(file) == 0) {
                problems.add(new IngestProblem(name, name + ": empty file: nothing to read"));
                return;
            }
            try {
                Optional<ResultReader> reader = forced.isPresent() ? forced : registry.detect(file);
                if (reader.isEmpty()) {
                    problems.add(new IngestProblem(name, name + ": not a known result format (known: "
                            + String.join(", ", registry.ids()) + "); set the format option to force one"));
                    return;
                }
                merged = RunMerge.merge(merged, reader.get().read(file));
                formats.put(name, reader.get().id());
            }
            catch (ResultFormatException | InvalidValueException e) {
                problems.add(new IngestProblem(name, e.getMessage()));
            }
        }

        private String relative(final Path file) {
            return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        }

        IngestResult result() {
            return new IngestResult(merged, formats, problems);
        }
    }
}
