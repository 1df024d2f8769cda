package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.BoundedLineReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.*;

/**
 * The scanning parser gives the same run, or the same problem, as the regular-expression parser it replaced
 * ({@link RegexGoBenchParser}), on generated lines full of the format's corner cases and on every sample file.
 */
class GoBenchParserEquivalenceTest {
    private static final Path FILE = Path.of("bench.txt");
    private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

    @Property(tries = 400)
    void shouldReadGeneratedLinesAsTheRegexParserDid(@ForAll("files") final List<String> lines) {
        assertThat(outcome(scanning(lines))).isEqualTo(outcome(regex(lines)));
    }

    @Property(tries = 100)
    void shouldSplitLinesAsReadLineDoes(@ForAll("files") final List<String> lines,
            @ForAll("endings") final List<Integer> endings, @ForAll final boolean lastEnds) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            text.append(lines.get(i)).append(last && !lastEnds ? "" : ENDINGS[endings.get(i % endings.size())]);
        }
        List<String> expected = new BufferedReader(new StringReader(text.toString())).lines().toList();
        try (BoundedLineReader reader = new BoundedLineReader(new StringReader(text.toString()), FILE, 1 << 16)) {
            for (String line : expected) {
                assertThat(reader.next()).isTrue();
                assertThat(new String(reader.chars(), 0, reader.length())).isEqualTo(line);
            }
            assertThat(reader.next()).isFalse();
            assertThat(reader.number()).isEqualTo(expected.size());
        }
        catch (ResultFormatException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldReadEverySampleFileAsTheRegexParserDid(final Path sample) throws IOException {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);

        assertThat(outcome(scanning(lines))).isEqualTo(outcome(regex(lines))).isInstanceOf(PerfRun.class);
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/ingest/gobench"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Provide
    Arbitrary<List<String>> files() {
        Arbitrary<String> name = Arbitraries.of("BenchmarkA", "BenchmarkA-8", "BenchmarkA-4", "BenchmarkB/n=1-8",
                "Benchmarkx-8", "Benchmark", "BenchmarkÄ-2", "Benchmark-8", "BenchmarkA-8-16", "BenchmarkA-");
        Arbitrary<String> count = Arbitraries.of("1", "1000", "0", "x12", "1234567890123456789", "١٢", "12a");
        Arbitrary<String> value = Arbitraries.of("12.5", "0", "-0", "7", "1e3", "1.5E-7", "0.000123", "NaN",
                "Infinity", "+Inf", "1e400", "123456789012345678", "3.", ".5", "0x1p3", "5d", "abc", "1e", "-",
                "2.2250738585072014E-308", "9007199254740993", "0.1", "1e-22", "1e23", "4.35");
        Arbitrary<String> unit = Arbitraries.of("ns/op", "B/op", "allocs/op", "MB/s", "sec/op", "custom-things");
        Arbitrary<String> space = Arbitraries.of(" ", "\t", "  \t ", " \u2003", "\u000B", "");
        Arbitrary<String> pair = Arbitraries.strings().ofLength(0).flatMap(e -> value.flatMap(v -> space.flatMap(
                s -> unit.map(u -> v + s + u))));
        Arbitrary<String> result = Arbitraries.just("").flatMap(e -> name.flatMap(n -> count.flatMap(c ->
                space.flatMap(s -> pair.list().ofMaxSize(4).flatMap(ps -> Arbitraries.of("", " ", "\t ")
                        .map(tail -> n + s + c + (ps.isEmpty() ? "" : s + String.join(s.isEmpty() ? " " : s, ps))
                                + tail))))));
        Arbitrary<String> other = Arbitraries.of("goos: linux", "pkg: example.com/a", "pkg: example.com/b",
                "opt: on", "note:", "Unit ns/op better=higher", "Unit MB/s better=lower", "--- FAIL: BenchmarkA-8",
                "--- FAIL: BenchmarkC", "    a_test.go:8: boom", "\tmore", "PASS", "ok  \tx\t0.1s", "", "Benchmarks",
                "BenchmarkA-8    \t", "Key: Upper", "=== RUN   BenchmarkA", "\uD835\uDC4Eb: math", "ªx: 1");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, result), net.jqwik.api.Tuple.of(1, other)).list()
                .ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Integer>> endings() {
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(5);
    }

    private static Object outcome(final Callable run) {
        try {
            return run.call();
        }
        catch (ResultFormatException e) {
            return e.getMessage();
        }
    }

    private static Callable scanning(final List<String> lines) {
        return () -> {
            GoBenchParser parser = new GoBenchParser(FILE);
            int number = 0;
            for (String line : lines) {
                parser.line(line, "line " + ++number);
            }
            return parser.finish("line " + number);
        };
    }

    private static Callable regex(final List<String> lines) {
        return () -> {
            RegexGoBenchParser parser = new RegexGoBenchParser(FILE);
            int number = 0;
            for (String line : lines) {
                parser.line(line, "line " + ++number);
            }
            return parser.finish("line " + number);
        };
    }

    /** A parse that may fail with a problem. */
    private interface Callable {
        PerfRun call() throws ResultFormatException;
    }
}
