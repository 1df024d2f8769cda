package io.jenkins.plugins.perftracker.bench.compare;

import java.util.List;
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
        Workload workload = new Workload(benchmarks);
        older = workload.older();
        newer = workload.newer();
        runs = workload.runs();
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
