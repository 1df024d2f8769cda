package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

/** Several instances on one folder see each other's writes, and a rebuild is seen whole or not at all. */
class SeriesIndexSharingTest {
    @TempDir
    private Path dir;

    @Test
    void shouldSeeWhatAnotherInstanceWrote() throws IOException {
        try (SeriesIndex writer = SeriesIndex.open(dir, 3); SeriesIndex reader = SeriesIndex.open(dir, 3)) {
            assertThat(reader.builds()).isEmpty();
            for (int b = 1; b <= 7; b++) {
                writer.append(build(b, 2));
                assertThat(reader.readSeries(key(1), 100)).hasSize(b);
            }
            writer.removeBuild(4);
            assertThat(reader.builds()).extracting(IndexedBuild::build).containsExactly(1, 2, 3, 5, 6, 7);

            reader.append(build(8, 3));

            assertThat(writer.series()).containsExactly(info(0), info(1), info(2));
            assertThat(writer.readLastBuilds(1)).hasSize(3);
        }
    }

    @Test
    void shouldFollowARebuildMadeByAnotherInstance() throws IOException {
        try (SeriesIndex first = SeriesIndex.open(dir); SeriesIndex second = SeriesIndex.open(dir)) {
            first.append(build(1, 2));
            assertThat(second.builds()).hasSize(1);

            first.rebuild(List.of(build(10, 1), build(11, 1)));
            second.append(build(12, 1));

            assertThat(first.readSeries(key(0), 100)).extracting(SeriesPoint::build).containsExactly(10, 11, 12);
            assertThat(second.series()).containsExactly(info(0));
        }
    }

    @Test
    void shouldShowReadersTheOldIndexOrTheNewOneDuringARebuild() throws Exception {
        List<BuildSummary> oldBuilds = summaries(1, 60);
        List<BuildSummary> newBuilds = summaries(100, 180);
        Set<Integer> sizesSeen = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (SeriesIndex writer = SeriesIndex.open(dir, 8); SeriesIndex reader = SeriesIndex.open(dir, 8)) {
            writer.rebuild(oldBuilds);
            Future<?> reads = pool.submit(() -> {
                while (!done.get()) {
                    List<SeriesPoint> points = reader.readSeries(key(0), 1000);
                    sizesSeen.add(points.size());
                    assertThat(points).extracting(SeriesPoint::build).isSorted();
                }
                return null;
            });

            for (int round = 0; round < 5; round++) {
                writer.rebuild(round % 2 == 0 ? newBuilds : oldBuilds);
            }
            done.set(true);
            reads.get(1, TimeUnit.MINUTES);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(sizesSeen).isSubsetOf(oldBuilds.size(), newBuilds.size());
    }

    @Test
    void shouldStoreEdgeValuesOfBuildsAndTimes() throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 2)) {
            index.append(new BuildSummary(0, -1_000L, List.of()));
            index.append(new BuildSummary(Integer.MAX_VALUE, Long.MIN_VALUE, build(7, 1).entries().stream()
                    .map(e -> new BuildSummary.Entry(e.info(), new SeriesPoint(Integer.MAX_VALUE, Long.MIN_VALUE,
                            e.point().mean(), e.point().std(), e.point().n(), e.point().status())))
                    .toList()));
            index.append(build(5, 1));

            assertThat(index.builds()).containsExactly(new IndexedBuild(0, -1_000L), new IndexedBuild(5, time(5)),
                    new IndexedBuild(Integer.MAX_VALUE, Long.MIN_VALUE));
            assertThat(index.readSeries(key(0), -1)).isEmpty();
            assertThat(index.readSeries(key(0), 100)).extracting(SeriesPoint::build)
                    .containsExactly(5, Integer.MAX_VALUE);
        }
    }

    private static List<BuildSummary> summaries(final int from, final int to) {
        List<BuildSummary> builds = new ArrayList<>();
        for (int b = from; b <= to; b++) {
            builds.add(build(b, 3));
        }
        return builds;
    }
}
