package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

/**
 * The index folder the first format wrote ({@code store/index-format-1}, see the README there) is read by this
 * version, damage in it is still found, and it grows on in the new format without a rebuild.
 */
class SeriesIndexFormatTest {
    @TempDir
    private Path dir;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/store/index-format-1").toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void shouldReadTheFirstFormat() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 4)) {
            assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(1, 2, 4, 5, 6, 7, 8, 9, 10);
            assertThat(index.series()).containsExactly(info(0), info(1), info(2), info(3));
            assertThat(index.readSeries(key(1), 100)).extracting(SeriesPoint::mean)
                    .containsExactly(means(1, 1, 2, 4, 5, 6, 7, 8, 9, 10));
            assertThat(index.readSeries(key(3), 100)).extracting(SeriesPoint::build).containsExactly(6, 7, 8, 9, 10);
            assertThat(index.readLastBuilds(3)).hasSize(4);
        }
    }

    @Test
    void shouldGrowTheFirstFormatInTheNewOne() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 4)) {
            for (int b = 11; b <= 30; b++) {
                index.append(build(b, 5));
            }
            index.removeBuild(4);
        }
        try (SeriesIndex index = SeriesIndex.open(dir, 4)) {
            int[] expected = IntStream.rangeClosed(1, 30).filter(b -> b != 3 && b != 4).toArray();
            assertThat(index.readSeries(key(0), 100)).extracting(SeriesPoint::mean).containsExactly(means(0, expected));
            assertThat(index.readSeries(key(4), 100)).extracting(SeriesPoint::build).startsWith(11).hasSize(20);
        }
    }

    @Test
    void shouldFindADamagedPointInAFirstFormatSegment() throws IOException {
        Path segment;
        try (Stream<Path> files = Files.list(dir.resolve("gen-1"))) {
            segment = files.filter(f -> f.getFileName().toString().startsWith("seg-")).findFirst().orElseThrow();
        }
        IndexFiles.flip(segment, Files.size(segment) - 6);

        try (SeriesIndex index = SeriesIndex.open(dir, 4)) {
            assertThatThrownBy(() -> index.readSeries(key(0), 100)).isInstanceOf(IndexCorruptException.class)
                    .hasMessageContaining(segment.toString()).hasMessageContaining("fail their checksum");
        }
    }

    @Test
    void shouldNotGuessTheLiveGenerationOfTheFirstFormatWithoutCurrent() throws IOException {
        Files.delete(dir.resolve(Generations.CURRENT));

        assertThatThrownBy(() -> SeriesIndex.open(dir, 4)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("no complete generation can take its place");
        assertThat(dir.resolve("gen-1").resolve(Generation.LOG)).exists();
    }

    private static Double[] means(final int series, final int... builds) {
        return IntStream.of(builds).mapToObj(b -> mean(b, series)).toArray(Double[]::new);
    }
}
