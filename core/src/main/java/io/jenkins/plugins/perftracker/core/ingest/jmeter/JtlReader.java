package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.ByteOrderMark;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Reads JMeter result files (JTL), CSV with a header or XML, aggregated per label and in a TOTAL: mean, median,
 * p90/p95/p99 (exact, from a histogram of whole milliseconds), min, max, error % and throughput, plus a bounded
 * uniform sample of the raw elapsed times. Memory depends on the number of labels, not of rows.
 */
public final class JtlReader implements ResultReader {
    /** Raw elapsed times kept per label by default. */
    public static final int DEFAULT_RETAINED = 10_000;
    /** Labels aggregated on their own by default; rows of further labels count in TOTAL only. */
    public static final int DEFAULT_MAX_LABELS = 500;

    private final int retained;
    private final int maxLabels;

    public JtlReader() {
        this(DEFAULT_RETAINED, DEFAULT_MAX_LABELS);
    }

    /**
     * @param retained raw elapsed times kept per label (0 keeps none)
     * @param maxLabels labels aggregated on their own
     */
    public JtlReader(final int retained, final int maxLabels) {
        if (retained < 0 || maxLabels < 0) {
            throw new IllegalArgumentException("bounds must not be negative: " + retained + ", " + maxLabels);
        }
        this.retained = retained;
        this.maxLabels = maxLabels;
    }

    @Override
    public String id() {
        return "jmeter";
    }

    @Override
    public String displayName() {
        return "JMeter JTL (CSV or XML)";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        String start = head.stripLeading();
        if (start.startsWith("<")) {
            return head.contains("<testResults");
        }
        String firstLine = start.lines().findFirst().orElse("");
        return firstLine.contains("timeStamp") && firstLine.contains("elapsed") && firstLine.contains("label");
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        JtlAggregate aggregate = new JtlAggregate(maxLabels, retained);
        parse(file, aggregate);
        try {
            PerfRunBuilder run = PerfRun.builder().title("JMeter");
            aggregate.tests().forEach(run::addTest);
            return run.build();
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, "", e.getMessage(), e);
        }
    }

    private static void parse(final Path file, final JtlAggregate aggregate) throws IOException,
            ResultFormatException {
        if (Files.size(file) == 0) {
            throw new ResultFormatException(file, "", "empty file: a CSV header line or <testResults> expected");
        }
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (ByteOrderMark.skip(in) != StandardCharsets.UTF_8) {
                throw new ResultFormatException(file, "", "UTF-8 expected but the byte-order mark says UTF-16; "
                        + "JMeter writes UTF-8 unless told otherwise (sampleresult.default.encoding)");
            }
            in.mark(4096);
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            in.reset();
            if (head.stripLeading().startsWith("<")) {
                new JtlXmlParser(file, aggregate).parse(in);
            }
            else {
                new JtlCsvParser(file, aggregate).parse(in, delimiter(head));
            }
        }
    }

    /** JMeter's delimiter is configurable; the header line shows which one is in use. */
    static byte delimiter(final String head) {
        String header = head.lines().findFirst().orElse("");
        byte best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = (byte) candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
