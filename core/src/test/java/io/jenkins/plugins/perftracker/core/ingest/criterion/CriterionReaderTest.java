package io.jenkins.plugins.perftracker.core.ingest.criterion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ReaderRegistry;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

class CriterionReaderTest extends AbstractReaderTest {
    private static final String TREE = "/ingest/criterion/html_report";
    private static final String ONE = "/ingest/criterion/html_report/Fibonacci2/Iterative/20";
    private static final String BENCHMARK = "{\"group_id\":\"parse\",\"function_id\":\"json\",\"value_str\":\"1024\","
            + "\"throughput\":{\"Bytes\":1024},\"full_id\":\"parse/json/1024\",\"directory_name\":\"parse/json/1024\"}";

    @Override
    protected ResultReader createReader() {
        return new CriterionReader();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(TREE, ONE);
    }

    @Override
    protected Path emptyInput() throws IOException {
        write("empty/parse/json/new/benchmark.json", "");
        return temp.resolve("empty/parse/json/new/benchmark.json");
    }

    @Override
    protected Path truncatedInput() throws IOException {
        Path tree = copy(TREE);
        Path sample = tree.resolve("Fibonacci/Recursive/new/sample.json");
        String content = Files.readString(sample);
        Files.writeString(sample, content.substring(0, content.length() / 2));
        return tree;
    }

    @Test
    void shouldDivideEachSampleTimeByItsIterationsForEveryBenchmarkOfATree() throws Exception {
        PerfRun run = read(TREE);

        assertThat(run.getTests()).hasSize(2);
        PerfTest recursive = test(run, "Recursive", "");
        assertThat(recursive.getGroup()).isEqualTo("Fibonacci");
        assertThat(recursive.getUnit()).isEqualTo("ns");
        assertThat(recursive.isLessIsBetter()).isTrue();
        assertThat(recursive.getScores()).hasSize(100).startsWith(1014000.0 / 52, 1920000.0 / 104);
        assertThat(recursive.getAttribs()).containsEntry("mean", "19284.21673781045")
                .containsEntry("slope", "19310.74450671244");
        PerfTest iterative = test(run, "Iterative", "20");
        assertThat(iterative.getGroup()).isEqualTo("Fibonacci2");
        assertThat(iterative.getScore(0)).isEqualTo(1166000.0 / 208873);
        assertThat(iterative.getDescription()).isEqualTo("Fibonacci2/Iterative/20");
    }

    @Test
    void shouldReadTheCurrentSampleLayoutAndThroughputFromABenchmarkJsonFile() throws Exception {
        write("t/parse/json/1024/new/sample.json",
                "{\"sampling_mode\":\"Flat\",\"iters\":[10.0,10.0,20.0],\"times\":[1000.0,3000.0,4000.0]}");
        Path file = write("t/parse/json/1024/new/benchmark.json", BENCHMARK);

        assertThat(new ReaderRegistry().detect(file)).get().extracting(ResultReader::id).isEqualTo("criterion");
        PerfTest test = test(createReader().read(file), "json", "1024");
        assertThat(test.getScores()).containsExactly(100.0, 300.0, 200.0);
        assertThat(test.getAttribs()).containsEntry("throughput.Bytes", "1024");
    }

    @Test
    void shouldClaimOnlyTheBenchmarkJsonOfTheNewResultNotOfTheBaseline() throws Exception {
        Path fresh = write("t/parse/json/new/benchmark.json", BENCHMARK);
        Path base = write("t/parse/json/base/benchmark.json", BENCHMARK);

        assertThat(createReader().detect(fresh, BENCHMARK)).isTrue();
        assertThat(createReader().detect(base, BENCHMARK)).isFalse();
    }

    @Test
    void shouldFallBackToTheMeanEstimateWithoutSamples() throws Exception {
        write("e/new/estimates.json", "{\"mean\":{\"point_estimate\":291.6,\"standard_error\":2.4},"
                + "\"median\":{\"point_estimate\":279.6},\"slope\":null}");
        write("e/new/benchmark.json", BENCHMARK);

        PerfTest test = createReader().read(temp.resolve("e")).getTests().get(0);
        assertThat(test.getScores()).containsExactly(291.6);
        assertThat(test.getWarnings().getTexts()).containsExactly("no new/sample.json: the sample is the mean estimate");
        assertThat(test.getAttribs()).containsEntry("median", "279.6").doesNotContainKey("slope");
    }

    @Test
    void shouldNameTheInnerFileAndJsonPathOfBadSamples() throws Exception {
        write("z/new/benchmark.json", BENCHMARK);
        write("z/new/sample.json", "{\"iters\":[1.0, 0.0],\"times\":[5.0, 6.0]}");
        ResultFormatException zero = catchThrowableOfType(ResultFormatException.class,
                () -> createReader().read(temp.resolve("z")));
        assertThat(zero.getLocation()).isEqualTo("new/sample.json $.iters[1]");
        assertThat(zero.getProblem()).isEqualTo("a positive iteration count expected but was 0.0");

        write("z/new/sample.json", "{\"iters\":[1.0],\"times\":[5.0, 6.0]}");
        assertThat(catchThrowableOfType(ResultFormatException.class, () -> createReader().read(temp.resolve("z")))
                .getProblem()).isEqualTo("arrays 'iters' and 'times' of equal length expected");

        Files.delete(temp.resolve("z/new/sample.json"));
        assertThat(catchThrowableOfType(ResultFormatException.class, () -> createReader().read(temp.resolve("z")))
                .getProblem()).contains("new/sample.json or new/estimates.json expected");
    }

    @Test
    void shouldFindBenchmarksDeepInATargetTreeAndDropNonFiniteTimes() throws Exception {
        write("target/criterion/parse/json/1024/new/benchmark.json", BENCHMARK);
        write("target/criterion/parse/json/1024/new/sample.json",
                "{\"sampling_mode\":\"Linear\",\"iters\":[1.0,2.0,3.0],\"times\":[10.0,NaN,1e400]}");
        write("target/criterion/parse/json/1024/base/benchmark.json", BENCHMARK);
        write("target/criterion/report/index.html", "<html></html>");

        assertThat(createReader().detectDirectory(temp.resolve("target"))).isTrue();
        PerfRun run = createReader().read(temp.resolve("target"));
        assertThat(run.getTests()).singleElement().satisfies(t -> {
            assertThat(t.getScores()).containsExactly(10.0);
            assertThat(t.getWarnings().getTexts()).containsExactly("2 sample(s) were NaN or infinite and were dropped");
        });
    }

    @Test
    void shouldNotDetectADirectoryWithoutBenchmarks() throws Exception {
        write("plain/new/estimates.json", "{}");
        write("plain/readme.txt", "no benchmark here");

        assertThat(createReader().detectDirectory(temp.resolve("plain"))).isFalse();
        assertThat(catchThrowableOfType(ResultFormatException.class,
                () -> createReader().read(temp.resolve("plain"))).getProblem())
                .contains("<benchmark>/new/benchmark.json expected");
    }
}
