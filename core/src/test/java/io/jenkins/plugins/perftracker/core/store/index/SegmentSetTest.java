package io.jenkins.plugins.perftracker.core.store.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.*;

class SegmentSetTest {
    @TempDir
    private Path dir;

    @Test
    void shouldOrderSegmentsByTheirRecords() throws IOException {
        write(5, 9);
        write(1, 4);
        write(10, 10);

        try (SegmentSet set = new SegmentSet(dir)) {
            assertThat(set.refresh(false)).isTrue();

            assertThat(set.ordered()).extracting(Segment::from).containsExactly(1L, 5L, 10L);
            assertThat(set.covered()).isEqualTo(10);
            assertThat(set.bytes()).isEqualTo(set.ordered().stream().mapToLong(Segment::bytes).sum());
            assertThat(set.refresh(false)).isFalse();
        }
    }

    @Test
    void shouldIgnoreCoveredSegmentsAndLetOnlyAWriterDeleteThem() throws IOException {
        Path small = write(1, 2);
        write(3, 4);
        write(1, 4);
        Path temp = Files.writeString(dir.resolve(".seg-0.col123.tmp"), "partial");

        try (SegmentSet reader = new SegmentSet(dir)) {
            reader.refresh(false);
            assertThat(reader.ordered()).extracting(Segment::from, Segment::to).containsExactly(tuple(1L, 4L));
            assertThat(small).exists();
            assertThat(temp).exists();
        }
        try (SegmentSet writer = new SegmentSet(dir)) {
            writer.refresh(true);
            assertThat(writer.ordered()).extracting(Segment::from, Segment::to).containsExactly(tuple(1L, 4L));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(SegmentWriter.name(1, 4));
        }
    }

    @Test
    void shouldNoticeSegmentsAddedAndRemovedByOthers() throws IOException {
        Path first = write(1, 2);
        try (SegmentSet set = new SegmentSet(dir)) {
            set.refresh(false);
            write(3, 3);

            assertThat(set.refresh(false)).isTrue();
            assertThat(set.ordered()).hasSize(2);

            Files.delete(first);
            assertThat(set.refresh(false)).isTrue();
            assertThat(set.ordered()).extracting(Segment::from).containsExactly(3L);
        }
    }

    @Test
    void shouldCoverNothingWhenEmpty() throws IOException {
        try (SegmentSet set = new SegmentSet(dir)) {
            assertThat(set.refresh(true)).isFalse();
            assertThat(set.covered()).isZero();
            assertThat(set.bytes()).isZero();
        }
    }

    private Path write(final long from, final long to) throws IOException {
        return SegmentWriter.write(dir, from, to, List.of(new BuildData(to, (int) to, 0, false, new int[] {0},
                new double[] {1}, new float[] {0}, new long[] {8})));
    }
}
