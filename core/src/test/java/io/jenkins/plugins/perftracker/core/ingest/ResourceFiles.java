package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Test resources as paths, and small files written on the fly. */
public final class ResourceFiles {
    private ResourceFiles() {
    }

    /** A file under src/test/resources, e.g. {@code ingest/perftracker/sample.json}. */
    public static Path resource(final String name) {
        URL url = ResourceFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Paths.get(url.toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Writes text into a new file in {@code dir}. */
    public static Path write(final Path dir, final String name, final String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
