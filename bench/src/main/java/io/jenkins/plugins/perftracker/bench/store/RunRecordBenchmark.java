package io.jenkins.plugins.perftracker.bench.store;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.store.RunRecordCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Writing and reading the build record of a 10,000-test run (target: read ≤ 300 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RunRecordBenchmark {
    private final RunRecordCodec codec = new RunRecordCodec();
    private PerfRun run;
    private Path dir;
    private Path written;
    private Path read;

    @Setup
    public void setUp() throws IOException {
        run = BenchData.run(10_000);
        dir = Files.createTempDirectory("run-record-bench");
        written = dir.resolve("written.xml");
        read = dir.resolve("perftracker-run.xml");
        codec.write(run, read);
        System.out.printf("%n10,000-test record: %,d bytes%n", Files.size(read));
    }

    @TearDown
    public void tearDown() throws IOException {
        BenchData.delete(dir);
    }

    @Benchmark
    public Path writeRecordOf10kTests() throws IOException {
        codec.write(run, written);
        return written;
    }

    @Benchmark
    public PerfRun readRecordOf10kTests() throws IOException {
        return codec.read(read);
    }
}
