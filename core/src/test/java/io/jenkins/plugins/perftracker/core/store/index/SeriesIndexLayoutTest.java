package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

/** What the columnar layout promises: one series is read without the others, in few bytes per point. */
class SeriesIndexLayoutTest {
    @TempDir
    private Path dir;

    @Test
    void shouldReadOneSeriesWithoutDecodingTheOthers() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 50)) {
            for (int b = 1; b <= 50; b++) {
                index.append(build(b, 4));
            }
            Path segment = onlySegment();
            SegmentHeader header;
            try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
                header = SegmentHeader.read(segment, channel);
            }
            byte[] bytes = Files.readAllBytes(segment);
            for (int s = 1; s < 4; s++) { // damage every block but series 0's
                int start = (int) (header.dataStart() + header.directory().offsets()[s]);
                Arrays.fill(bytes, start, start + header.directory().lengths()[s], (byte) 0xFF);
            }
            Files.write(segment, bytes);

            assertThat(index.readSeries(key(0), 100)).hasSize(50).extracting(SeriesPoint::mean)
                    .startsWith(mean(1, 0), mean(2, 0));
            assertThatThrownBy(() -> index.readSeries(key(1), 100)).isInstanceOf(IndexCorruptException.class)
                    .hasMessageContaining("the points of series 1 at byte");
        }
    }

    @Test
    void shouldStoreAPointInAtMostSixteenBytes() throws IOException {
        int builds = 300;
        int series = 100;
        try (SeriesIndex index = SeriesIndex.open(dir)) {
            for (int b = 1; b <= builds; b++) {
                index.append(build(b, series));
            }

            double bytesPerPoint = (double) index.diskBytes() / (builds * series);

            assertThat(bytesPerPoint).isLessThanOrEqualTo(16.0);
            assertThat(index.readSeries(key(99), builds)).hasSize(builds);
        }
    }

    @Test
    void shouldKeepFewSegmentsForALongHistory() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 4)) {
            for (int b = 1; b <= 400; b++) {
                index.append(build(b, 2));
            }

            assertThat(segments()).hasSizeLessThanOrEqualTo(12);
            assertThat(index.readSeries(key(1), 1000)).extracting(SeriesPoint::build)
                    .isSorted().hasSize(400).doesNotHaveDuplicates();
        }
    }

    private Path onlySegment() throws IOException {
        List<Path> segments = segments();
        assertThat(segments).hasSize(1);
        return segments.get(0);
    }

    private List<Path> segments() throws IOException {
        Path generation = dir.resolve(Files.readString(dir.resolve(Generations.CURRENT)).trim());
        try (Stream<Path> files = Files.list(generation)) {
            return files.filter(f -> f.getFileName().toString().startsWith("seg-")).toList();
        }
    }
}
