package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files of an index folder, and ways to damage them as a disk would, for the damage tests. */
final class IndexFiles {
    private final Path dir;

    IndexFiles(final Path dir) {
        this.dir = dir;
    }

    Path generation() throws IOException {
        return dir.resolve(Files.readString(dir.resolve(Generations.CURRENT)).trim());
    }

    Path log() throws IOException {
        return generation().resolve(Generation.LOG);
    }

    Path dictionary() throws IOException {
        return generation().resolve(Generation.DICTIONARY);
    }

    List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(generation())) {
            return files.filter(f -> f.getFileName().toString().startsWith("seg-")).sorted().toList();
        }
    }

    /** Where each frame of a record file starts. */
    static List<Integer> frameStarts(final Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        List<Integer> starts = new ArrayList<>();
        for (int at = 0; at < bytes.limit(); at += RecordFile.FRAME + bytes.getInt(at)) {
            starts.add(at);
        }
        return starts;
    }

    static void flip(final Path file, final long at) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[Math.toIntExact(at)] ^= 0x10;
        Files.write(file, bytes);
    }

    static void zero(final Path file, final int from, final int to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, from, to, (byte) 0);
        Files.write(file, bytes);
    }
}
