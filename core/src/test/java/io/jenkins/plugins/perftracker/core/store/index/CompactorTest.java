package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

class CompactorTest {
    @TempDir
    private Path dir;

    @Test
    void shouldMoveTheLogIntoASegmentWhenItHoldsEnoughRecords() throws IOException {
        try (Generation generation = Generation.open(dir, true)) {
            Compactor compactor = new Compactor(3, Long.MAX_VALUE);
            append(generation, compactor, 1, 2);
            assertThat(generation.segments()).isEmpty();

            append(generation, compactor, 3, 3);

            assertThat(generation.segments()).singleElement().satisfies(segment -> {
                assertThat(segment.from()).isEqualTo(1);
                assertThat(segment.to()).isEqualTo(3);
                assertThat(segment.builds()).containsExactly(1, 2, 3);
            });
            assertThat(generation.log()).isEmpty();
            assertThat(Files.size(dir.resolve(Generation.LOG))).isZero();
            assertThat(generation.nextSeq()).isEqualTo(4);
        }
    }

    @Test
    void shouldCompactWhenTheLogHoldsEnoughBytes() throws IOException {
        try (Generation generation = Generation.open(dir, true)) {
            append(generation, new Compactor(1000, 100), 1, 1);
            assertThat(generation.segments()).isEmpty();

            append(generation, new Compactor(1000, 100), 2, 2);

            assertThat(generation.segments()).hasSize(1);
        }
    }

    @Test
    void shouldMergeTheNewestSegmentsWhileTheyAreOfSimilarSize() throws IOException {
        try (Generation generation = Generation.open(dir, true)) {
            Compactor compactor = new Compactor(2, Long.MAX_VALUE);
            for (int b = 1; b <= 64; b += 2) {
                append(generation, compactor, b, b + 1);

                List<Segment> segments = generation.segments();
                assertThat(segments.get(0).from()).isEqualTo(1);
                assertThat(segments.get(segments.size() - 1).to()).isEqualTo(b + 1);
                for (int i = 1; i < segments.size(); i++) {
                    assertThat(segments.get(i).from()).isEqualTo(segments.get(i - 1).to() + 1);
                    assertThat(segments.get(i - 1).bytes()).isGreaterThan(2 * segments.get(i).bytes());
                }
            }
            assertThat(generation.segments()).hasSizeBetween(2, 6);
            assertThat(IndexReads.series(generation, 1, 100)).hasSize(64);
        }
    }

    @Test
    void shouldKeepOnlyTheLatestRecordOfABuildAndItsTombstones() throws IOException {
        try (Generation generation = Generation.open(dir, true)) {
            Compactor compactor = new Compactor(100, Long.MAX_VALUE);
            append(generation, compactor, 1, 3);
            Appender.append(generation, build(2, 1), true);
            generation.append(BuildData.tombstone(generation.nextSeq(), 3), true);

            compactor.compact(generation, true);

            Segment segment = generation.segments().get(0);
            assertThat(segment.builds()).containsExactly(1, 2, 3);
            assertThat(segment.tombstones()).containsExactly(false, false, true);
            assertThat(IndexReads.series(generation, 2, 100)).extracting(SeriesPoint::build).containsExactly(1);
            assertThat(IndexReads.series(generation, 0, 100)).extracting(SeriesPoint::build).containsExactly(1, 2);
        }
    }

    @Test
    void shouldDoNothingForAnEmptyLog() throws IOException {
        try (Generation generation = Generation.open(dir, true)) {
            new Compactor(1, 1).compact(generation, true);

            assertThat(generation.segments()).isEmpty();
        }
    }

    private static void append(final Generation generation, final Compactor compactor, final int from, final int to)
            throws IOException {
        for (int b = from; b <= to; b++) {
            Appender.append(generation, build(b, 3), true);
            compactor.compactIfDue(generation, true);
        }
    }
}
