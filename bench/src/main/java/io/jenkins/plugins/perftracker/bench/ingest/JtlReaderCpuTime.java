package io.jenkins.plugins.perftracker.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import io.jenkins.plugins.perftracker.core.ingest.jmeter.JtlReader;

/**
 * The CSV JTL reader's rows per second of CPU time next to rows per second of wall time, for a machine shared
 * with other work, where JMH's wall-clock score mostly measures the contention. Run with
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar io.jenkins.plugins.perftracker.bench.ingest.JtlReaderCpuTime}.
 */
public final class JtlReaderCpuTime {
    private static final int ROWS = 10_000_000;

    private JtlReaderCpuTime() {
    }

    public static void main(final String... args) throws Exception {
        Path folder = Files.createTempDirectory("perftracker-jtl-cpu");
        Path csv = folder.resolve("10M.jtl");
        try {
            JtlReaderBenchmark.writeCsv(csv, ROWS);
            for (int round = 1; round <= 5; round++) {
                measure(round, csv);
            }
        }
        finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(folder);
        }
    }

    private static void measure(final int round, final Path csv) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int tests = new JtlReader().read(csv).getTests().size();
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf("round %d: %d tests, %.0f rows/s of CPU time, %.0f rows/s of wall time%n", round, tests,
                ROWS / cpuSeconds, ROWS / wallSeconds);
    }
}
