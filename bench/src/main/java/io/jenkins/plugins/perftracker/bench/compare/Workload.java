package io.jenkins.plugins.perftracker.bench.compare;

import java.util.List;
import java.util.Random;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/** Two seeded runs of N benchmarks with 5–30 samples each (CV 2 %); every tenth benchmark is 5 % slower. */
final class Workload {
    private final double[][] older;
    private final double[][] newer;
    private final List<PerfRun> runs;

    Workload(final int benchmarks) {
        Random random = new Random(42);
        older = new double[benchmarks][];
        newer = new double[benchmarks][];
        PerfRunBuilder before = PerfRun.builder().title("before");
        PerfRunBuilder after = PerfRun.builder().title("after");
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

    double[][] older() {
        return older;
    }

    double[][] newer() {
        return newer;
    }

    List<PerfRun> runs() {
        return runs;
    }
}
