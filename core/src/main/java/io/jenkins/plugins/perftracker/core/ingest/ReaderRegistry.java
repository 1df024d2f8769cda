package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.jenkins.plugins.perftracker.core.ingest.benchmarkdotnet.BenchmarkDotNetReader;
import io.jenkins.plugins.perftracker.core.ingest.catch2.Catch2Reader;
import io.jenkins.plugins.perftracker.core.ingest.criterion.CriterionReader;
import io.jenkins.plugins.perftracker.core.ingest.custom.CustomBenchmarkReader;
import io.jenkins.plugins.perftracker.core.ingest.gatling.GatlingReader;
import io.jenkins.plugins.perftracker.core.ingest.gobench.GoBenchReader;
import io.jenkins.plugins.perftracker.core.ingest.googlebench.GoogleBenchReader;
import io.jenkins.plugins.perftracker.core.ingest.gotestjson.GoTestJsonReader;
import io.jenkins.plugins.perftracker.core.ingest.hyperfine.HyperfineReader;
import io.jenkins.plugins.perftracker.core.ingest.jmeter.JtlReader;
import io.jenkins.plugins.perftracker.core.ingest.jmh.JmhReader;
import io.jenkins.plugins.perftracker.core.ingest.junit.JUnitReader;
import io.jenkins.plugins.perftracker.core.ingest.k6.K6Reader;
import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerJsonReader;
import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerTextReader;
import io.jenkins.plugins.perftracker.core.ingest.pytest.PytestBenchmarkReader;

/** Every known result format, in detection order (the most specific content checks first). */
public final class ReaderRegistry {
    /** How much of a file detection looks at. */
    public static final int HEAD_BYTES = 8192;

    private final List<ResultReader> readers;

    public ReaderRegistry() {
        this(defaultReaders());
    }

    public ReaderRegistry(final List<ResultReader> readers) {
        this.readers = List.copyOf(readers);
    }

    private static List<ResultReader> defaultReaders() {
        List<ResultReader> all = new ArrayList<>();
        // one line per format; keep the most specific content checks first
        all.add(new JmhReader());
        all.add(new GoogleBenchReader());
        all.add(new PytestBenchmarkReader());
        all.add(new HyperfineReader());
        all.add(new GoTestJsonReader());
        all.add(new CriterionReader());
        all.add(new PerfTrackerJsonReader());
        all.add(new PerfTrackerTextReader());
        all.add(new BenchmarkDotNetReader());
        all.add(new K6Reader());
        all.add(new GatlingReader());
        all.add(new Catch2Reader());
        all.add(new JtlReader());
        all.add(new JUnitReader());
        all.add(CustomBenchmarkReader.byUnit());
        all.add(CustomBenchmarkReader.bigger());
        all.add(CustomBenchmarkReader.smaller());
        all.add(new GoBenchReader());
        return all;
    }

    public List<ResultReader> getReaders() {
        return Collections.unmodifiableList(readers);
    }

    /** The reader with this id (case-insensitive), if any. */
    public Optional<ResultReader> byId(final String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return readers.stream().filter(r -> r.id().equals(wanted)).findFirst();
    }

    /** The ids of all readers, for messages and option validation. */
    public List<String> ids() {
        return readers.stream().map(ResultReader::id).toList();
    }

    /** The first reader that recognises this file or directory by its content. */
    public Optional<ResultReader> detect(final Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return readers.stream().filter(r -> r.detectDirectory(path)).findFirst();
        }
        String head = head(path);
        return readers.stream().filter(r -> r.detect(path, head)).findFirst();
    }

    /**
     * The first {@link #HEAD_BYTES} of a file as text (a cut multi-byte character becomes U+FFFD): UTF-8, or
     * UTF-16 when a byte-order mark says so; the mark itself is not part of the head.
     */
    public static String head(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in.readNBytes(HEAD_BYTES));
        }
    }

    static String decode(final byte[] bytes) {
        int a = bytes.length > 1 ? bytes[0] & 0xff : -1;
        int b = bytes.length > 1 ? bytes[1] & 0xff : -1;
        if (a == 0xEF && b == 0xBB && bytes.length > 2 && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, a == 0xFE ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
