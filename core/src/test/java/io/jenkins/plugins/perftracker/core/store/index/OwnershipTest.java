package io.jenkins.plugins.perftracker.core.store.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.*;

class OwnershipTest {
    @TempDir
    private Path dir;

    @Test
    void shouldGiveEachBuildToItsNewestRecord() throws IOException {
        try (Segment older = segment(1, 3, List.of(build(1, 1), build(2, 2), build(3, 3)));
                Segment newer = segment(4, 6, List.of(build(2, 5), BuildData.tombstone(6, 3), build(7, 4)))) {
            List<BuildData> log = List.of(build(7, 7), BuildData.tombstone(8, 1), build(9, 9), build(9, 10),
                    BuildData.tombstone(11, 99));

            Ownership ownership = Ownership.compute(List.of(older, newer), log);

            assertThat(ownership.liveBuilds()).containsOnlyKeys(2, 7, 9);
            assertThat(ownership.liveBuilds().get(7)).isEqualTo(time(7));
            assertThat(older.live()).containsExactly(false, false, false);
            assertThat(newer.live()).containsExactly(true, false, false);
            assertThat(List.of(0, 1, 2, 3, 4)).extracting(ownership::isLive)
                    .containsExactly(true, false, false, true, false);
        }
    }

    @Test
    void shouldHaveNoLiveBuildsWhenEmpty() {
        Ownership ownership = Ownership.compute(List.of(), List.of());

        assertThat(ownership.liveBuilds()).isEmpty();
    }

    private Segment segment(final long from, final long to, final List<BuildData> builds) throws IOException {
        return Segment.open(SegmentWriter.write(dir, from, to, builds));
    }

    private static BuildData build(final int number, final long seq) {
        return new BuildData(seq, number, time(number), false, new int[] {0}, new double[] {number},
                new float[] {0}, new long[] {8});
    }

    private static long time(final int number) {
        return number * 100L;
    }
}
