package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

/** Random appends and removals: the index reads like a naive model, and a rebuilt index like the incremental one. */
class SeriesIndexPropertiesTest {
    private static final int SERIES = 6;

    /** Append build {@code build} with the series in {@code mask} and values drawn from {@code seed}, or remove it. */
    record Op(boolean remove, int build, int mask, long seed) {
        BuildSummary summary() {
            Random random = new Random(seed);
            long time = seed % 1_000_000_000_000L;
            List<BuildSummary.Entry> entries = new ArrayList<>();
            for (int s = 0; s < SERIES; s++) {
                if ((mask & 1 << s) != 0) {
                    double mean = random.nextInt(4) == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian();
                    entries.add(new BuildSummary.Entry(info(s), new SeriesPoint(build, time, mean,
                            Math.abs(random.nextGaussian()), random.nextInt(2_000_000),
                            Status.values()[random.nextInt(Status.values().length)])));
                }
            }
            return new BuildSummary(build, time, entries);
        }
    }

    @Property(tries = 60)
    void shouldReadLikeANaiveModel(@ForAll("operations") final List<Op> ops,
            @ForAll @IntRange(min = 1, max = 6) final int maxLogRecords) throws IOException {
        Path dir = Files.createTempDirectory("index");
        try (SeriesIndex index = SeriesIndex.open(dir, maxLogRecords)) {
            NaiveIndex model = new NaiveIndex();
            for (Op op : ops) {
                apply(op, index, model);
            }
            assertReadsLike(index, model);
        }
        finally {
            delete(dir);
        }
    }

    @Property(tries = 40)
    void shouldEqualTheIndexRebuiltFromTheLiveBuilds(@ForAll("operations") final List<Op> ops) throws IOException {
        Path incremental = Files.createTempDirectory("incremental");
        Path rebuilt = Files.createTempDirectory("rebuilt");
        try (SeriesIndex grown = SeriesIndex.open(incremental, 3); SeriesIndex fresh = SeriesIndex.open(rebuilt, 4)) {
            NaiveIndex model = new NaiveIndex();
            for (Op op : ops) {
                apply(op, grown, model);
            }
            fresh.rebuild(model.summaries());

            assertThat(fresh.builds()).isEqualTo(grown.builds());
            assertThat(fresh.readLastBuilds(Integer.MAX_VALUE)).isEqualTo(grown.readLastBuilds(Integer.MAX_VALUE));
            assertThat(grown.series()).containsAll(fresh.series());
            for (int s = 0; s < SERIES; s++) {
                assertThat(fresh.readSeries(key(s), 1000)).isEqualTo(grown.readSeries(key(s), 1000));
            }
        }
        finally {
            delete(incremental);
            delete(rebuilt);
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 5).map(r -> r == 0),
                Arbitraries.integers().between(1, 25), Arbitraries.integers().between(0, (1 << SERIES) - 1),
                Arbitraries.longs()).as(Op::new);
        return op.list().ofMaxSize(40);
    }

    private static void apply(final Op op, final SeriesIndex index, final NaiveIndex model) throws IOException {
        if (op.remove()) {
            index.removeBuild(op.build());
            model.remove(op.build());
        }
        else {
            index.append(op.summary());
            model.append(op.summary());
        }
    }

    private static void assertReadsLike(final SeriesIndex index, final NaiveIndex model) throws IOException {
        assertThat(index.builds()).isEqualTo(model.builds());
        for (int s = 0; s < SERIES; s++) {
            SeriesKey key = key(s);
            assertThat(index.readSeries(key, 1000)).isEqualTo(model.series(key, 1000));
            assertThat(index.readSeries(key, 3)).isEqualTo(model.series(key, 3));
        }
        for (int n : new int[] {1, 4, 1000}) {
            assertThat(index.readLastBuilds(n)).isEqualTo(model.lastBuilds(n));
        }
    }

    private static void delete(final Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
