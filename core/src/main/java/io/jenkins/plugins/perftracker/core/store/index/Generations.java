package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.store.AtomicFiles;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The generation folders of an index and the {@code CURRENT} file naming the live one. A rebuild fills a new
 * generation and then replaces {@code CURRENT} atomically, so readers see the old index or the new, never a mix;
 * a crash mid-rebuild leaves a stray folder that the next writer deletes.
 */
final class Generations implements Closeable {
    static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";

    /** Fills a new generation. */
    @FunctionalInterface
    interface Filler {
        void fill(Generation generation) throws IOException;
    }

    private final Path root;
    private Generation loaded;
    private String loadedName;

    private Generations(final Path root) {
        this.root = root;
    }

    /** The generations of {@code root} without loading any: for {@link #replace} when the live one is damaged. */
    static Generations unloaded(final Path root) {
        return new Generations(root);
    }

    /** Opens the live generation, creating the first one in an empty folder; call under the exclusive lock. */
    static Generations open(final Path root) throws IOException {
        Generations generations = new Generations(root);
        if (!Files.exists(root.resolve(CURRENT))) {
            Files.createDirectories(root.resolve(PREFIX + 1));
            AtomicFiles.replace(root.resolve(CURRENT), out -> out.write((PREFIX + 1).getBytes(StandardCharsets.UTF_8)));
        }
        String name = generations.readCurrent();
        generations.deleteOthers(name);
        generations.loaded = Generation.open(root.resolve(name), true);
        generations.loadedName = name;
        return generations;
    }

    /** The live generation, caught up with the files on disk. */
    Generation current(final boolean writable) throws IOException {
        String name = readCurrent();
        if (name.equals(loadedName) && loaded != null) {
            loaded.refresh(writable);
        }
        else {
            close();
            loaded = null;
            loaded = Generation.open(root.resolve(name), writable);
            loadedName = name;
        }
        return loaded;
    }

    /** Fills a fresh generation, makes it the live one and deletes the old one; call under the exclusive lock. */
    void replace(final Filler filler) throws IOException {
        String name = PREFIX + (lastNumber() + 1);
        Path dir = root.resolve(name);
        Files.createDirectories(dir);
        Generation fresh = Generation.open(dir, true);
        try {
            filler.fill(fresh);
            fresh.sync();
            AtomicFiles.syncDirectory(dir);
            AtomicFiles.replace(root.resolve(CURRENT), out -> out.write(name.getBytes(StandardCharsets.UTF_8)));
        }
        catch (IOException | RuntimeException e) {
            fresh.close();
            deleteTree(dir);
            throw e;
        }
        if (loaded != null) {
            loaded.close();
        }
        loaded = fresh;
        loadedName = name;
        deleteOthers(name);
    }

    private long lastNumber() throws IOException {
        long last = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.matches(PREFIX + "[0-9]{1,18}")) {
                    last = Math.max(last, Long.parseLong(name.substring(PREFIX.length())));
                }
            }
        }
        return last;
    }

    private String readCurrent() throws IOException {
        String name;
        try {
            name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).trim();
        }
        catch (NoSuchFileException e) {
            throw new IndexCorruptException(root, "the index folder has no CURRENT file", e);
        }
        if (!name.matches(PREFIX + "[0-9]{1,18}") || !Files.isDirectory(root.resolve(name))) {
            throw new IndexCorruptException(root, "CURRENT names '" + name + "', which is no generation folder", null);
        }
        return name;
    }

    private void deleteOthers(final String live) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(PREFIX) && !name.equals(live)) {
                    deleteTree(file);
                }
            }
        }
    }

    private static void deleteTree(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (loaded != null) {
            loaded.close();
        }
    }
}
