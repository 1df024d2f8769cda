package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

class SeriesIndexTest {
    @TempDir
    private Path dir;

    @Test
    void shouldReadBackOneSeriesInBuildOrder() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir)) {
            for (int b = 1; b <= 5; b++) {
                index.append(build(b, 4));
            }

            List<SeriesPoint> points = index.readSeries(key(3), 10);

            assertThat(points).extracting(SeriesPoint::build).containsExactly(1, 2, 3, 4, 5);
            assertThat(points.get(1)).isEqualTo(new SeriesPoint(2, time(2), mean(2, 3), (float) 0.3, 6, Status.SUCCESS));
            assertThat(index.readSeries(key(3), 2)).extracting(SeriesPoint::build).containsExactly(4, 5);
            assertThat(index.readSeries(key(3), 0)).isEmpty();
            assertThat(index.readSeries(key(99), 10)).isEmpty();
        }
    }

    @Test
    void shouldKeepMeansExactlyAndSpreadsAsFloats() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir)) {
            PerfRun run = PerfRun.builder().addTest(PerfTest.builder("t").scores(0.1, 0.2, 0.7).build()).build();
            index.append(BuildSummary.of(1, 5L, run));

            SeriesPoint point = index.readSeries(run.getTests().get(0).getSeriesKey(), 1).get(0);

            SeriesPoint expected = SeriesPoint.of(1, 5L, run.getTests().get(0));
            assertThat(point.mean()).isEqualTo(expected.mean());
            assertThat(point.std()).isEqualTo((double) (float) expected.std()).isNotEqualTo(expected.std());
            assertThat(point.n()).isEqualTo(3);
        }
    }

    @Test
    void shouldReadEverySeriesOfTheLastBuilds() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 3)) {
            for (int b = 1; b <= 10; b++) {
                index.append(build(b, List.of(b % 2, 2 + b % 3)));
            }

            List<SeriesHistory> last = index.readLastBuilds(3);

            assertThat(last).extracting(h -> h.info().key()).isSorted();
            assertThat(last).flatExtracting(SeriesHistory::points).extracting(SeriesPoint::build)
                    .containsOnly(8, 9, 10).hasSize(6);
            assertThat(last).filteredOn(h -> h.info().equals(info(0))).singleElement()
                    .satisfies(h -> assertThat(h.points()).extracting(SeriesPoint::build).containsExactly(8, 10));
            assertThat(index.readLastBuilds(0)).isEmpty();
        }
    }

    @Test
    void shouldReplaceABuildAppendedAgainAndForgetARemovedOne() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 4)) {
            for (int b = 1; b <= 9; b++) {
                index.append(build(b, 2));
            }
            index.append(build(3, List.of(1)));
            index.removeBuild(5);
            index.removeBuild(42);

            assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(1, 2, 3, 4, 6, 7, 8, 9);
            assertThat(index.readSeries(key(0), 100)).extracting(SeriesPoint::build).containsExactly(1, 2, 4, 6, 7, 8, 9);
            assertThat(index.readSeries(key(1), 100)).extracting(SeriesPoint::build)
                    .containsExactly(1, 2, 3, 4, 6, 7, 8, 9);
        }
    }

    @Test
    void shouldOrderBuildsAppendedOutOfOrder() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 2)) {
            for (int b : new int[] {5, 2, 9, 1, 7, 3}) {
                index.append(build(b, 1));
            }

            assertThat(index.readSeries(key(0), 100)).extracting(SeriesPoint::build).containsExactly(1, 2, 3, 5, 7, 9);
            assertThat(index.builds()).containsExactly(new IndexedBuild(1, time(1)), new IndexedBuild(2, time(2)),
                    new IndexedBuild(3, time(3)), new IndexedBuild(5, time(5)), new IndexedBuild(7, time(7)),
                    new IndexedBuild(9, time(9)));
            assertThat(index.readLastBuilds(2)).flatExtracting(SeriesHistory::points).extracting(SeriesPoint::build)
                    .containsExactly(7, 9);
        }
    }

    @Test
    void shouldKeepEverythingAcrossReopenAndCompaction() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 5)) {
            for (int b = 1; b <= 23; b++) {
                index.append(build(b, 3));
            }
        }
        try (SeriesIndex index = SeriesIndex.open(dir)) {
            assertThat(index.readSeries(key(2), 1000)).hasSize(23);
            assertThat(index.series()).containsExactly(info(0), info(1), info(2));
            assertThat(index.builds()).hasSize(23);
        }
    }

    @Test
    void shouldRecordTheLatestDirectionOfASeries() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir)) {
            index.append(build(1, 1));
            SeriesInfo flipped = new SeriesInfo(key(0), !info(0).lessIsBetter());
            index.append(new BuildSummary(2, 7L, List.of(new BuildSummary.Entry(flipped,
                    new SeriesPoint(2, 7L, 1.0, 0.0, 1, Status.SUCCESS)))));

            assertThat(index.series()).containsExactly(flipped);
            assertThat(index.readLastBuilds(5)).singleElement()
                    .satisfies(h -> assertThat(h.info()).isEqualTo(flipped));
        }
    }

    @Test
    void shouldReplaceTheIndexOnRebuild() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 3)) {
            for (int b = 1; b <= 8; b++) {
                index.append(build(b, 3));
            }

            index.rebuild(List.of(build(20, List.of(4)), build(21, List.of(4, 5))));

            assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(20, 21);
            assertThat(index.series()).containsExactly(info(4), info(5));
            assertThat(index.readSeries(key(0), 10)).isEmpty();
            assertThat(index.readSeries(key(4), 10)).extracting(SeriesPoint::mean)
                    .containsExactly(mean(20, 4), mean(21, 4));
        }
    }

    @Test
    void shouldSummariseTheRunsOfABuild() {
        PerfRun first = PerfRun.builder().addTest(PerfTest.builder("a").scores(1, 3).build())
                .addTest(PerfTest.builder("b").scores(5).build()).build();
        PerfRun second = PerfRun.builder().addTest(PerfTest.builder("a").scores(10).build()).build();

        BuildSummary summary = BuildSummary.of(7, 99L, List.of(first, second));

        assertThat(summary.entries()).extracting(e -> e.info().key().getTag()).containsExactly("a", "b");
        assertThat(summary.entries().get(0).point()).isEqualTo(new SeriesPoint(7, 99L, 10, 0, 1, Status.SUCCESS));
        assertThat(summary.entries().get(1).point().mean()).isEqualTo(5);
    }

    @Test
    void shouldRefuseInconsistentSummaries() {
        SeriesKey key = key(0);
        SeriesPoint point = new SeriesPoint(1, 5L, 1, 0, 1, Status.SUCCESS);
        BuildSummary.Entry entry = new BuildSummary.Entry(new SeriesInfo(key, true), point);

        assertThatIllegalArgumentException().isThrownBy(() -> new BuildSummary(1, 5L, List.of(entry, entry)))
                .withMessageContaining("appears twice in build 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new BuildSummary(2, 5L, List.of(entry)))
                .withMessageContaining("belongs to build 1, not 2");
        assertThatIllegalArgumentException().isThrownBy(() -> new BuildSummary(-1, 5L, List.of()))
                .withMessage("build number must not be negative but was -1");
    }
}
