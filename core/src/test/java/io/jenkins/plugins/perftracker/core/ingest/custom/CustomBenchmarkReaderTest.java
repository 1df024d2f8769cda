package io.jenkins.plugins.perftracker.core.ingest.custom;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class CustomBenchmarkReaderTest extends AbstractReaderTest {
    static final String BIGGER = "/ingest/custom/gab-customBiggerIsBetter.json";
    static final String SMALLER = "/ingest/custom/gab-customSmallerIsBetter2.json";

    @Override
    protected ResultReader createReader() {
        return CustomBenchmarkReader.byUnit();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(BIGGER, SMALLER);
    }

    @Test
    void shouldTakeNameValueUnitRangeAndExtra() throws Exception {
        PerfRun run = read(BIGGER);

        PerfTest memory = test(run, "My Custom Bigger Is Better Benchmark - Free Memory", "");
        assertThat(memory.getUnit()).isEqualTo("Megabytes");
        assertThat(memory.getScores()).containsExactly(150.0);
        assertThat(memory.getDeviations()).containsExactly(3.0);
        assertThat(memory.getDescription()).isEqualTo("Optional Value #1: 25\nHelpful Num #2: 100\nAnything Else!");
        PerfTest throughput = test(run, "My Custom Bigger Is Better Benchmark - Throughput", "");
        assertThat(throughput.getUnit()).isEqualTo("req/s");
        assertThat(throughput.isLessIsBetter()).isFalse();
        assertThat(throughput.getDeviations()).isEmpty();
    }

    @Test
    void shouldTakeTheDirectionFromTheUnitAndAssumeSmallerOtherwise() throws Exception {
        PerfRun run = read(SMALLER);

        PerfTest test = test(run, "Deactivated probe", "");
        assertThat(test.getScores()).containsExactly(445.661);
        assertThat(test.getDeviations()).containsExactly(8.21371);
        assertThat(test.isLessIsBetter()).isTrue();
        PerfRun unknown = readText("widgets.json", "[{\"name\": \"w\", \"value\": 3, \"unit\": \"widgets\"}]");
        assertThat(unknown.getTests().get(0).isLessIsBetter()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"±0.32%; 200; 0.64", "+/- 0.306; 15; 0.306", "3; 150; 3",
            "+- 1.5 %; 10; 0.15", "-2; 7; 2"})
    void shouldTurnRangesIntoAbsoluteDeviations(final String range, final double value, final double expected) {
        assertThat(CustomBenchmarkReader.deviation(range, value)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void shouldKeepAnUnreadableRangeAsAttribOnly() throws Exception {
        PerfRun run = readText("range.json", "[{\"name\": \"a\", \"value\": \"12.5\", \"unit\": \"ms\", "
                + "\"range\": \"about 3\"}]");

        PerfTest test = run.getTests().get(0);
        assertThat(test.getScores()).containsExactly(12.5);
        assertThat(test.getDeviations()).isEmpty();
        assertThat(test.getAttribs()).containsEntry("range", "about 3");
    }

    @Test
    void shouldMergeRepeatedNamesIntoSamplesAndFailNonFiniteValues() throws Exception {
        PerfRun run = readText("repeat.json", """
                [{"name": "a", "value": 1, "unit": "ms"}, {"name": "a", "value": 2, "unit": "ms"},
                 {"name": "b", "value": NaN, "unit": "ms"}]""");

        assertThat(test(run, "a", "").getScores()).containsExactly(1.0, 2.0);
        assertThat(test(run, "b", "").getStatus()).isEqualTo(Status.FAILED);
    }

    @Test
    void shouldNameTheEntryThatIsWrong() throws Exception {
        assertThat(failure("nounit.json", "[{\"name\": \"a\", \"value\": 1}]").getLocation()).isEqualTo("$[0].unit");
        assertThat(failure("noname.json", "[{\"value\": 1, \"unit\": \"s\"}]").getLocation()).isEqualTo("$[0].name");
        ResultFormatException value = failure("value.json", "[{\"name\": \"a\", \"value\": \"fast\", \"unit\": \"s\"}]");
        assertThat(value.getLocation()).isEqualTo("$[0].value");
        ResultFormatException clash = failure("clash.json",
                "[{\"name\": \"a\", \"value\": 1, \"unit\": \"s\"}, {\"name\": \"a\", \"value\": 1, \"unit\": \"ms\"}]");
        assertThat(clash.getLocation()).isEqualTo("$[1]");
        assertThat(clash.getProblem()).contains("repeats with unit 'ms'");
    }

    @Test
    void shouldLeaveTheExplicitReadersToTheFormatOverride() {
        String head = "[{\"name\": \"a\", \"value\": 1, \"unit\": \"s\"}]";

        assertThat(CustomBenchmarkReader.bigger().detect(temp, head)).isFalse();
        assertThat(CustomBenchmarkReader.smaller().detect(temp, head)).isFalse();
        assertThat(createReader().detect(temp, head)).isTrue();
    }
}
