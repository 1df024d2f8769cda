package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

/** Parallel builds appending at once, from threads, from two instances and from another process. */
class SeriesIndexConcurrencyTest {
    private static final int BUILDS = 160;
    private static final int STEP = 8;
    private static final int MAX_LOG_RECORDS = 10;

    @TempDir
    private Path dir;

    @Test
    void shouldLoseNoBuildWhenThreadsInstancesAndAnotherProcessAppendAtOnce() throws Exception {
        Process other = startAppenderProcess(7);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (SeriesIndex first = SeriesIndex.open(dir, MAX_LOG_RECORDS);
                SeriesIndex second = SeriesIndex.open(dir, MAX_LOG_RECORDS)) {
            awaitFirstBuildOf(first, 7); // so that the other process appends while the threads do
            List<Future<?>> work = new ArrayList<>();
            for (int residue = 1; residue <= 6; residue++) {
                SeriesIndex index = residue % 2 == 0 ? first : second;
                int start = residue;
                work.add(pool.submit(() -> appendEvery(index, start)));
            }
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
            assertThat(other.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(other.exitValue()).as(new String(other.getErrorStream().readAllBytes())).isZero();
            int[] expected = IntStream.rangeClosed(1, BUILDS).filter(b -> b % STEP != 0).toArray();

            for (SeriesIndex index : List.of(first, second)) {
                assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(box(expected));
                assertThat(index.readSeries(key(2), BUILDS)).extracting(SeriesPoint::build)
                        .containsExactly(box(expected));
            }
        }
        finally {
            pool.shutdownNow();
            other.destroy();
        }
        try (SeriesIndex reopened = SeriesIndex.open(dir)) {
            assertThat(reopened.readLastBuilds(BUILDS)).hasSize(3)
                    .allSatisfy(h -> assertThat(h.points()).hasSize(BUILDS - BUILDS / STEP));
        }
    }

    private static void awaitFirstBuildOf(final SeriesIndex index, final int build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (index.builds().stream().noneMatch(b -> b.build() == build)) {
            assertThat(System.nanoTime()).as("the other process appended nothing").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private Void appendEvery(final SeriesIndex index, final int start) throws IOException {
        for (int build = start; build <= BUILDS; build += STEP) {
            index.append(build(build, 3));
            assertThat(index.readSeries(key(0), 1)).hasSize(1);
        }
        return null;
    }

    private Process startAppenderProcess(final int start) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IndexAppenderMain.class.getName(), dir.toString(), String.valueOf(start), String.valueOf(BUILDS),
                String.valueOf(STEP), String.valueOf(MAX_LOG_RECORDS))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Integer[] box(final int[] values) {
        return IntStream.of(values).boxed().toArray(Integer[]::new);
    }
}
