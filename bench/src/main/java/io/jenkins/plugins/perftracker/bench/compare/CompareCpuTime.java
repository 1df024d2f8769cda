package io.jenkins.plugins.perftracker.bench.compare;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;

/**
 * The CPU time (all threads of the process, so fork/join workers and GC included) of one comparison of
 * {@link Workload}: a figure that stays meaningful when the machine is shared and JMH's wall-clock times are
 * inflated by other jobs. Run: {@code java -cp bench/target/benchmarks.jar
 * io.jenkins.plugins.perftracker.bench.compare.CompareCpuTime [benchmarks] [rounds]}.
 */
public final class CompareCpuTime {
    private CompareCpuTime() {
    }

    public static void main(final String... args) {
        int benchmarks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Workload workload = new Workload(benchmarks);
        RunComparator comparator = new RunComparator(CompareOptions.defaults());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            int regressed = comparator.compare(workload.runs()).summaries().get(0).regressed();
            System.out.printf(Locale.ROOT, "round %2d: %7.1f ms CPU, %7.1f ms wall, %d regressed%n", round,
                    (os.getProcessCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6, regressed);
        }
    }
}
