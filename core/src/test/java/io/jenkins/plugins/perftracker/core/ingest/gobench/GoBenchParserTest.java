package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.*;

class GoBenchParserTest {
    private static final Path FILE = Path.of("bench.txt");

    @Test
    void shouldGroupByThePackageInForceOnEachLine() throws Exception {
        PerfRun run = parse("pkg: example.com/a", "BenchmarkX-4 10 5 ns/op", "pkg: example.com/b",
                "BenchmarkX-4 10 7 ns/op", "BenchmarkX-4 10 8 ns/op");

        assertThat(run.getTests()).extracting(PerfTest::getGroup).containsExactly("example.com/a", "example.com/b");
        assertThat(run.getTests().get(1).getScores()).containsExactly(7.0, 8.0);
        assertThat(run.getAttributes()).containsEntry("pkg", "example.com/a");
    }

    @Test
    void shouldSnapshotTheConfigOfTheFirstLineOfASeries() throws Exception {
        PerfRun run = parse("goos: linux", "opt: on", "BenchmarkY 1 2 ns/op", "opt: off", "BenchmarkY 1 3 ns/op",
                "BenchmarkZ 1 4 ns/op");

        assertThat(run.getTests().get(0).getAttribs()).containsEntry("opt", "on").containsEntry("goos", "linux");
        assertThat(run.getTests().get(0).getScores()).containsExactly(2.0, 3.0);
        assertThat(run.getTests().get(1).getAttribs()).containsEntry("opt", "off");
    }

    @Test
    void shouldIgnoreTheLinesAroundResults() throws Exception {
        PerfRun run = parse("=== RUN   BenchmarkA", "BenchmarkA", "BenchmarkA-8    \t", "--- BENCH: BenchmarkA-8",
                "    a_test.go:8: hello", "BenchmarkA-8 100 9 ns/op", "PASS", "ok  \tx\t0.1s", "FAIL",
                "Benchmarks are fun", "");

        assertThat(run.getTests()).singleElement().satisfies(t -> assertThat(t.getScores()).containsExactly(9.0));
    }

    @Test
    void shouldBoundTheMessageOfAFailure() throws Exception {
        List<String> lines = new ArrayList<>(List.of("--- FAIL: BenchmarkBad"));
        for (int i = 0; i < 1000; i++) {
            lines.add("    bad_test.go:" + i + ": something went wrong in iteration " + i);
        }

        PerfTest test = parse(lines.toArray(String[]::new)).getTests().get(0);
        assertThat(test.getErrors().getCount()).isBetween(50, 150);
        assertThat(test.getErrors().getTexts().get(0)).isEqualTo("--- FAIL: BenchmarkBad");
    }

    @Test
    void shouldRefuseAnOddNumberOfValueFields() {
        GoBenchParser parser = new GoBenchParser(FILE);

        assertThatThrownBy(() -> parser.line("BenchmarkA 10 5 ns/op 7", "line 3"))
                .isInstanceOf(ResultFormatException.class)
                .hasMessage("bench.txt, line 3: pairs of '<value> <unit>' after the iteration count of BenchmarkA "
                        + "expected but found 3 field(s)");
    }

    @Property
    void shouldReadBackEveryValueWrittenInGoFormat(@ForAll @Size(min = 1, max = 20) final List<@IntRange(min = 0,
            max = 1_000_000) Integer> nanos, @ForAll("names") final String name, @ForAll @IntRange(min = 1,
            max = 256) final int procs) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int value : nanos) {
            lines.add(String.format(Locale.ROOT, "%s-%d \t %d \t %.2f ns/op \t %d B/op", name, procs, 1000,
                    value / 100.0, value));
        }

        PerfRun run = parse(lines.toArray(String[]::new));
        PerfTest time = run.getTests().stream().filter(t -> t.getUnit().equals("ns/op")).findFirst().orElseThrow();
        assertThat(time.getTag()).isEqualTo(name);
        assertThat(time.getAttribs()).containsEntry("procs", String.valueOf(procs));
        assertThat(time.getScores()).containsExactly(nanos.stream().mapToDouble(v -> v / 100.0).toArray());
        assertThat(time.getLoops()).isEqualTo(1000L * nanos.size());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("ABCxyz019_/=").ofMinLength(0).ofMaxLength(12)
                .map(s -> "Benchmark" + "Q" + s).filter(s -> !s.matches(".*-\\d+$"));
    }

    private static PerfRun parse(final String... lines) throws ResultFormatException {
        GoBenchParser parser = new GoBenchParser(FILE);
        int number = 0;
        for (String line : lines) {
            parser.line(line, "line " + ++number);
        }
        return parser.finish("line " + number);
    }
}
