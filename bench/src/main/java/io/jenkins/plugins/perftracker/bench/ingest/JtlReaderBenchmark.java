package io.jenkins.plugins.perftracker.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.jenkins.plugins.perftracker.core.ingest.jmeter.JtlReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * Rows per second of the JMeter JTL reader on generated files with JMeter's default columns and 20 labels:
 * 10 million CSV rows and 1 million XML rows, each file generated once per trial in a temporary folder. The fork
 * gets a 256 MiB heap, far less than the 1.6 GB file, to show that memory does not grow with the rows.
 * The score is in rows/s ({@code ops/s} with one op per row).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class JtlReaderBenchmark {
    private static final int CSV_ROWS = 10_000_000;
    private static final int XML_ROWS = 1_000_000;
    private static final int LABELS = 20;

    private Path folder;
    private Path csv;
    private Path xml;
    private final JtlReader reader = new JtlReader();

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = Files.createTempDirectory("perftracker-jtl-bench");
        csv = folder.resolve("10M.jtl");
        xml = folder.resolve("1M.xml.jtl");
        writeCsv(csv, CSV_ROWS);
        writeXml(xml, XML_ROWS);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(xml);
        Files.deleteIfExists(folder);
    }

    @Benchmark
    @OperationsPerInvocation(CSV_ROWS)
    public PerfRun csv10MillionRows() throws Exception {
        return reader.read(csv);
    }

    @Benchmark
    @OperationsPerInvocation(XML_ROWS)
    public PerfRun xml1MillionRows() throws Exception {
        return reader.read(xml);
    }

    static void writeCsv(final Path file, final int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,"
                    + "failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n");
            for (int row = 0; row < rows; row++) {
                int label = random.nextInt(LABELS);
                int elapsed = elapsed(random);
                boolean ok = random.nextInt(100) != 0;
                out.write(Long.toString(1_700_000_000_000L + row / 10));
                out.write(',' + Integer.toString(elapsed) + ",GET /api/items/" + label + (ok ? ",200,OK" : ",500,Error")
                        + ",\"Thread Group 1-" + (row % 50 + 1) + "\",text," + ok + ",," + (1000 + label) + ",120,50,50,"
                        + "https://example.org/api/items/" + label + "," + elapsed / 2 + ",0," + elapsed / 10 + '\n');
            }
        }
    }

    private static void writeXml(final Path file, final int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(2);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testResults version=\"1.2\">\n");
            for (int row = 0; row < rows; row++) {
                int elapsed = elapsed(random);
                out.write("<httpSample t=\"" + elapsed + "\" it=\"0\" lt=\"" + elapsed / 2 + "\" ct=\"" + elapsed / 10
                        + "\" ts=\"" + (1_700_000_000_000L + row / 10) + "\" s=\"" + (random.nextInt(100) != 0)
                        + "\" lb=\"GET /api/items/" + random.nextInt(LABELS) + "\" rc=\"200\" rm=\"OK\" tn=\"Thread "
                        + "Group 1-" + (row % 50 + 1) + "\" dt=\"text\" by=\"1234\" sby=\"120\" ng=\"50\" na=\"50\"/>\n");
            }
            out.write("</testResults>\n");
        }
    }

    /** Mostly 5-500 ms with a long tail, as real response times are. */
    private static int elapsed(final SplittableRandom random) {
        return random.nextInt(20) == 0 ? 500 + random.nextInt(20_000) : 5 + random.nextInt(500);
    }
}
