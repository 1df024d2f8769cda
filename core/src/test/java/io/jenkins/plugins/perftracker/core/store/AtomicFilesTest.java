package io.jenkins.plugins.perftracker.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.*;

class AtomicFilesTest {
    @TempDir
    private Path dir;

    @Test
    void shouldCreateAndReplaceAFile() throws IOException {
        Path file = dir.resolve("CURRENT");

        AtomicFiles.replace(file, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("one");
        AtomicFiles.replace(file, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("two");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void shouldLeaveNothingBehindWhenTheContentFails() throws IOException {
        Path file = dir.resolve("record.xml");

        assertThatThrownBy(() -> AtomicFiles.replace(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("converter failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(file).doesNotExist();
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void shouldWriteARelativePath() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("relative.txt"));

        AtomicFiles.replace(relative, out -> out.write('x'));

        assertThat(dir.resolve("relative.txt")).hasContent("x");
    }

    @Test
    void shouldIgnoreAFolderThatCannotBeSynced() {
        assertThatCode(() -> AtomicFiles.syncDirectory(dir.resolve("missing"))).doesNotThrowAnyException();
        assertThatCode(() -> AtomicFiles.syncDirectory(dir)).doesNotThrowAnyException();
    }

    private static long filesIn(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
