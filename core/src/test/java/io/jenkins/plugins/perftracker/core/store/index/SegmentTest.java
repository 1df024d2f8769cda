package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.*;

class SegmentTest {
    @TempDir
    private Path dir;

    @Test
    void shouldReadBackBuildsTombstonesAndSeriesBlocks() throws IOException {
        Path file = SegmentWriter.write(dir, 4, 9, List.of(build(3, 5_000L, 0, 2), BuildData.tombstone(9, 5),
                build(8, 1_000L, 2), build(1_000_000, 9_000_000_000L, 0, 1, 2)));

        assertThat(file.getFileName()).hasToString(SegmentWriter.name(4, 9)).hasToString(
                "seg-0000000000000004-0000000000000009.col");
        try (Segment segment = Segment.open(file)) {
            assertThat(segment.from()).isEqualTo(4);
            assertThat(segment.to()).isEqualTo(9);
            assertThat(segment.builds()).containsExactly(3, 5, 8, 1_000_000);
            assertThat(segment.times()).containsExactly(5_000L, 0L, 1_000L, 9_000_000_000L);
            assertThat(segment.tombstones()).containsExactly(false, true, false, false);
            assertThat(segment.bytes()).isEqualTo(Files.size(file));
            assertThat(pointsOf(segment, 2)).containsExactly("0:3.0:0.5:" + BuildData.countOf(2, Status.FAILED),
                    "2:8.0:0.5:" + BuildData.countOf(2, Status.FAILED), "3:1000000.0:0.5:"
                            + BuildData.countOf(2, Status.FAILED));
            assertThat(pointsOf(segment, 1)).containsExactly("3:1000000.0:0.25:" + BuildData.countOf(1, Status.FAILED));
            assertThat(pointsOf(segment, 7)).isEmpty();
        }
    }

    @Test
    void shouldVisitEveryPointSeriesBySeries() throws IOException {
        Path file = SegmentWriter.write(dir, 1, 2, List.of(build(1, 10, 0, 1), build(2, 20, 1)));

        List<String> visited = new ArrayList<>();
        try (Segment segment = Segment.open(file)) {
            segment.readAll((id, local, mean, std, count) -> visited.add(id + "@" + local));
        }

        assertThat(visited).containsExactly("0@0", "1@0", "1@1");
    }

    @Test
    void shouldWriteAnEmptySegment() throws IOException {
        try (Segment segment = Segment.open(SegmentWriter.write(dir, 1, 1, List.of()))) {
            assertThat(segment.builds()).isEmpty();
            assertThat(pointsOf(segment, 0)).isEmpty();
            assertThat(segment.anyLive(new boolean[0])).isFalse();
        }
    }

    @Test
    void shouldReportASegmentTooShort() throws IOException {
        Path file = Files.write(dir.resolve("seg-1.col"), new byte[10]);

        assertThatThrownBy(() -> Segment.open(file)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("a segment of 10 bytes is too short");
    }

    @Test
    void shouldReportAFileThatIsNoSegment() throws IOException {
        Path file = Files.write(dir.resolve("seg-1.col"), new byte[100]);

        assertThatThrownBy(() -> Segment.open(file)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("not a segment of version 1");
    }

    @Test
    void shouldReportSizesThatDoNotAddUp() throws IOException {
        Path file = SegmentWriter.write(dir, 1, 2, List.of(build(1, 10, 0, 1)));
        Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> Segment.open(file)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("sizes do not add up");
    }

    @Test
    void shouldReportADamagedBuildTable() throws IOException {
        Path file = SegmentWriter.write(dir, 1, 2, List.of(build(1, 10, 0, 1)));
        byte[] bytes = Files.readAllBytes(file);
        bytes[6] ^= 1; // inside the record range of the fixed header
        Files.write(file, bytes);

        assertThatThrownBy(() -> Segment.open(file)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("build table fails its checksum");
    }

    @Test
    void shouldReportDamagedPointsOnlyWhenReadingThem() throws IOException {
        Path file = SegmentWriter.write(dir, 1, 2, List.of(build(1, 10, 0, 1)));
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, bytes.length - 14, bytes.length, (byte) 0xFF);
        Files.write(file, bytes);

        try (Segment segment = Segment.open(file)) {
            assertThat(pointsOf(segment, 0)).hasSize(1);
            assertThatThrownBy(() -> pointsOf(segment, 1)).isInstanceOf(IndexCorruptException.class)
                    .hasMessageContaining("the points of series 1 at byte");
            assertThatThrownBy(() -> segment.readAll((id, local, mean, std, count) -> { }))
                    .isInstanceOf(IndexCorruptException.class).hasMessageContaining("fail their checksum");
        }
    }

    /** Build {@code number} at {@code time} with points for {@code ids}: mean = build, std = id / 4. */
    private static BuildData build(final int number, final long time, final int... ids) {
        double[] means = new double[ids.length];
        float[] stds = new float[ids.length];
        long[] counts = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            means[i] = number;
            stds[i] = ids[i] / 4f;
            counts[i] = BuildData.countOf(ids[i], Status.FAILED);
        }
        return new BuildData(1, number, time, false, ids, means, stds, counts);
    }

    private static List<String> pointsOf(final Segment segment, final int id) throws IOException {
        List<String> points = new ArrayList<>();
        segment.readSeries(id, (series, local, mean, std, count) -> points.add(local + ":" + mean + ":" + std
                + ":" + count));
        return points;
    }
}
