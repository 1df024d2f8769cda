package io.jenkins.plugins.perftracker.bench.compare;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.Comparison;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.stats.HodgesLehmann;
import io.jenkins.plugins.perftracker.core.stats.PValueAdjustment;
import io.jenkins.plugins.perftracker.core.stats.TwoSampleTests;

/**
 * Pairwise comparison of two runs with 10,000 benchmarks of 5–30 samples each (seeded; 10 % of them shifted
 * by 5 %): the whole comparison (matching, MWU, Welch, Hodges–Lehmann intervals, BH, Holm, geomeans) and the
 * statistics alone on arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompareBenchmark {
    @Param("10000")
    private int benchmarks;

    private List<PerfRun> runs;
    private double[][] older;
    private double[][] newer;
    private final RunComparator comparator = new RunComparator(CompareOptions.defaults());

    @Setup
    public void setUp() {
        Random random = new Random(42);
        older = new double[benchmarks][];
        newer = new double[benchmarks][];
        PerfRun.Builder before = PerfRun.builder().title("before");
        PerfRun.Builder after = PerfRun.builder().title("after");
        for (int i = 0; i < benchmarks; i++) {
            double level = 1 + random.nextDouble() * 1000;
            double shift = i % 10 == 0 ? 1.05 : 1.0;
            older[i] = samples(random, level);
            newer[i] = samples(random, level * shift);
            before.addTest(test(i, older[i]));
            after.addTest(test(i, newer[i]));
        }
        runs = List.of(before.build(), after.build());
    }

    private static double[] samples(final Random random, final double level) {
        double[] values = new double[5 + random.nextInt(26)];
        for (int j = 0; j < values.length; j++) {
            values[j] = level * (1 + 0.02 * random.nextGaussian());
        }
        return values;
    }

    private static PerfTest test(final int i, final double[] scores) {
        return PerfTest.builder("bench" + i).seqNum(i).group("g" + i % 50).unit("ns/op").lessIsBetter(true)
                .scores(scores).build();
    }

    @Benchmark
    public Comparison compareRuns() {
        return comparator.compare(runs);
    }

    @Benchmark
    public void statisticsOnly(final Blackhole blackhole) {
        double[] p = new double[benchmarks];
        for (int i = 0; i < benchmarks; i++) {
            p[i] = TwoSampleTests.mannWhitney(older[i], newer[i]).pValue();
            blackhole.consume(HodgesLehmann.relativeChange(older[i], newer[i], 0.95));
        }
        blackhole.consume(PValueAdjustment.holm(p));
        blackhole.consume(PValueAdjustment.benjaminiHochberg(p));
    }
}
