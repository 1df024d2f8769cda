package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.store.AtomicFiles;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generation folders of an index and the {@code CURRENT} file naming the live one. A rebuild fills a new
 * generation, marks it {@code COMPLETE} and then replaces {@code CURRENT} atomically, so readers see the old
 * index or the new, never a mix; a crash mid-rebuild leaves a stray folder (not complete) that the next writer
 * deletes. When {@code CURRENT} is missing or names no folder, the newest complete generation is the live one:
 * nothing is deleted or started empty on a guess. Folders of the first format have no mark; a writer adds it
 * to the live one.
 */
final class Generations implements Closeable {
    static final String CURRENT = "CURRENT";
    static final String COMPLETE = "COMPLETE";
    private static final String PREFIX = "gen-";
    private static final String NAME = PREFIX + "[0-9]{1,18}";

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
        String name = generations.locate(true);
        generations.markComplete(name);
        generations.deleteOthers(name);
        generations.loaded = Generation.open(root.resolve(name), true);
        generations.loadedName = name;
        return generations;
    }

    /** The live generation, caught up with the files on disk. */
    Generation current(final boolean writable) throws IOException {
        String name = locate(writable);
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

    /**
     * The folder name of the live generation: the one {@code CURRENT} names, else the newest complete one at
     * least as new as the name in {@code CURRENT}, which a writer then writes to {@code CURRENT}; a writer
     * creates {@code gen-1} in a folder without generations.
     */
    private String locate(final boolean writable) throws IOException {
        String named = readCurrent();
        if (named != null && named.matches(NAME) && Files.isDirectory(root.resolve(named))) {
            return named;
        }
        long floor = named != null && named.matches(NAME) ? number(named) : 0;
        String live = newestComplete(floor);
        if (live == null && writable && floor == 0 && lastNumber() == 0) {
            live = PREFIX + 1;
            Files.createDirectories(root.resolve(live));
            markComplete(live);
        }
        if (live == null) {
            throw new IndexCorruptException(root, (named == null ? "the index folder has no CURRENT file"
                    : "CURRENT names '" + named + "', which is no generation folder")
                    + ", and no complete generation can take its place", null);
        }
        if (writable) {
            writeCurrent(live);
        }
        return live;
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
            markComplete(name);
            writeCurrent(name);
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
        return generationNames().stream().mapToLong(Generations::number).max().orElse(0);
    }

    /** The newest generation marked complete whose number is at least {@code floor}, null when none. */
    private String newestComplete(final long floor) throws IOException {
        return generationNames().stream().filter(name -> number(name) >= floor)
                .filter(name -> Files.exists(root.resolve(name).resolve(COMPLETE)))
                .max(Comparator.comparingLong(Generations::number)).orElse(null);
    }

    private List<String> generationNames() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches(NAME)).toList();
        }
    }

    private static long number(final String name) {
        return Long.parseLong(name.substring(PREFIX.length()));
    }

    /** The text of {@code CURRENT}, null when it is missing. */
    private String readCurrent() throws IOException {
        try {
            return Files.readString(root.resolve(CURRENT), StandardCharsets.ISO_8859_1).trim();
        }
        catch (NoSuchFileException e) {
            return null;
        }
    }

    private void writeCurrent(final String name) throws IOException {
        AtomicFiles.replace(root.resolve(CURRENT), out -> out.write(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** Marks a generation as filled and synced: only such a one may stand in for a lost {@code CURRENT}. */
    private void markComplete(final String name) throws IOException {
        Path mark = root.resolve(name).resolve(COMPLETE);
        if (!Files.exists(mark)) {
            AtomicFiles.replace(mark, out -> out.write("filled and synced\n".getBytes(StandardCharsets.UTF_8)));
        }
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
