package io.jenkins.plugins.perftracker.core.ingest.catch2;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.AbstractLoadReaderTest;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class Catch2ReaderTest extends AbstractLoadReaderTest {
    private static final String V3 = "catch2/selftest-v3-excerpt.xml";
    private static final String V2 = "catch2/selftest-v2-excerpt.xml";

    @Override
    protected ResultReader reader() {
        return new Catch2Reader();
    }

    @Override
    protected List<String> realWorldFiles() {
        return List.of(V3, V2);
    }

    @Test
    void shouldTurnFailedTestCasesOfV3IntoFailedTestsWithTheirMessages() throws Exception {
        PerfRun run = reader().read(resource(V3));

        assertThat(run.getTests()).extracting(PerfTest::getGroup).containsExactly(
                "#1455 - INFO and WARN can start with a linebreak",
                "#1514: stderr/stdout is not captured in tests aborted by an exception");
        assertThat(run.getTests()).allSatisfy(t -> assertThat(t.getStatus()).isEqualTo(Status.FAILED));
        assertThat(run.getTests().get(1).getErrors().getTexts()).containsExactly(
                "Failure at tests/SelfTest/UsageTests/Tricky.tests.cpp: 1514");
        assertThat(run.getTests().get(0).getErrors().getTexts()).singleElement().asString().contains("failed");
        assertThat(run.getTitle()).isEqualTo("SelfTest");
    }

    @Test
    void shouldReadTheV2RootAndGroup() throws Exception {
        PerfRun run = reader().read(resource(V2));

        assertThat(run.getTests()).singleElement().satisfies(t -> {
            assertThat(t.getGroup()).isEqualTo("#1455 - INFO and WARN can start with a linebreak");
            assertThat(t.getStatus()).isEqualTo(Status.FAILED);
        });
    }

    @Test
    void shouldReadBenchmarkResultsAsMeanAndStandardDeviationInNanoseconds() throws Exception {
        PerfRun run = read(v3("""
                <TestCase name="Fibonacci" filename="fib.cpp" line="10">
                  <Section name="small" filename="fib.cpp" line="12">
                    <BenchmarkResults name="Fib 20" samples="100" resamples="100000" iterations="2"
                        clockResolution="18" estimatedDuration="8.4e6">
                      <!-- All values in nano seconds -->
                      <mean value="43186" lowerBound="41402" upperBound="46246" ci="0.95"/>
                      <standardDeviation value="9400.5" lowerBound="5000" upperBound="15000" ci="0.95"/>
                      <outliers variance="0.9" lowMild="0" lowSevere="0" highMild="2" highSevere="1"/>
                    </BenchmarkResults>
                  </Section>
                  <BenchmarkResults name="Fib 25" samples="50" resamples="100000" iterations="1"
                      clockResolution="18" estimatedDuration="1e7">
                    <mean value="4.8e+05" lowerBound="4.7e+05" upperBound="4.9e+05" ci="0.95"/>
                    <standardDeviation value="100" lowerBound="90" upperBound="110" ci="0.95"/>
                  </BenchmarkResults>
                  <OverallResult success="true" skips="0"/>
                </TestCase>
                """));

        PerfTest fib20 = run.getTests().get(0);
        assertThat(fib20.getGroup()).isEqualTo("Fibonacci");
        assertThat(fib20.getTag()).isEqualTo("Fib 20");
        assertThat(fib20.getUnit()).isEqualTo("ns");
        assertThat(fib20.isLessIsBetter()).isTrue();
        assertThat(fib20.getScores()).containsExactly(43186.0);
        assertThat(fib20.getDeviations()).containsExactly(9400.5);
        assertThat(fib20.getSampleCount()).isEqualTo(100);
        assertThat(run.getTests().get(1).getScores()).containsExactly(480000.0);
        assertThat(run.getTests().get(1).getSampleCount()).isEqualTo(50);
    }

    @Test
    void shouldFailBenchmarksOfAFailedTestCaseWithTheFailedAssertions() throws Exception {
        PerfRun run = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Catch name="bench">
                  <Group name="bench">
                    <TestCase name="Sorting" filename="sort.cpp" line="3">
                      <Expression success="false" type="REQUIRE" filename="sort.cpp" line="7">
                        <Original>
                          std::is_sorted(v.begin(), v.end())
                        </Original>
                        <Expanded>
                          false
                        </Expanded>
                      </Expression>
                      <BenchmarkResults name="std::sort" samples="10" resamples="100" iterations="1"
                          clockResolution="20" estimatedDuration="1000">
                        <mean value="1500" lowerBound="1400" upperBound="1600" ci="0.95"/>
                      </BenchmarkResults>
                      <OverallResult success="false"/>
                    </TestCase>
                  </Group>
                </Catch>
                """);

        PerfTest sort = run.getTests().get(0);
        assertThat(sort.getStatus()).isEqualTo(Status.FAILED);
        assertThat(sort.getScores()).containsExactly(1500.0);
        assertThat(sort.getDeviations()).isEmpty();
        assertThat(sort.getErrors().getTexts()).containsExactly("REQUIRE at sort.cpp:7: original: "
                + "std::is_sorted(v.begin(), v.end()) expanded: false");
    }

    @Test
    void shouldFailABenchmarkWhoseMeanIsNotANumber() throws Exception {
        PerfRun run = read(v3("""
                <TestCase name="broken">
                  <BenchmarkResults name="throws" samples="100">
                    <mean value="-nan" lowerBound="-nan" upperBound="-nan" ci="0.95"/>
                    <standardDeviation value="inf" lowerBound="0" upperBound="0" ci="0.95"/>
                  </BenchmarkResults>
                  <OverallResult success="true" skips="0"/>
                </TestCase>
                """));

        PerfTest test = run.getTests().get(0);
        assertThat(test.getStatus()).isEqualTo(Status.FAILED);
        assertThat(test.getScores()).isEmpty();
        assertThat(test.getErrors().getTexts()).singleElement().asString().contains("no finite mean");
    }

    @Test
    void shouldKeepSkippedAndTimedTestCasesWithoutBenchmarks() throws Exception {
        PerfRun run = read(v3("""
                <TestCase name="skipped"><Skip filename="a.cpp" line="1">later</Skip>
                  <OverallResult success="true" skips="1"/></TestCase>
                <TestCase name="timed"><OverallResult success="true" skips="0" durationInSeconds="1.25"/></TestCase>
                <TestCase name="plain"><OverallResult success="true" skips="0"/></TestCase>
                """));

        assertThat(run.getTests()).extracting(PerfTest::getTag).containsExactly("skipped", "timed");
        assertThat(run.getTests().get(0).getStatus()).isEqualTo(Status.SKIPPED);
        assertThat(run.getTests().get(1).getScores()).containsExactly(1.25);
        assertThat(run.getTests().get(1).getUnit()).isEqualTo("s");
    }

    @Test
    void shouldNameTheLineOfAMalformedValue() {
        assertThatThrownBy(() -> read(v3("""
                <TestCase name="t">
                  <BenchmarkResults name="b" samples="many">
                    <mean value="1"/>
                  </BenchmarkResults>
                </TestCase>
                """))).isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).startsWith("line 4");
                    assertThat(e.getProblem()).contains("'samples'").contains("expected a number but was 'many'");
                });
    }

    @Test
    void shouldRefuseAnotherRootElement() {
        assertThatThrownBy(() -> read("<testsuite name=\"x\"/>")).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("<Catch2TestRun>").hasMessageContaining("<testsuite>");
    }

    @Test
    void shouldNotResolveExternalEntities() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE Catch2TestRun [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Catch2TestRun name="&x;"/>
                """)).isInstanceOf(ResultFormatException.class);
    }

    private static String v3(final String testCases) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Catch2TestRun name=\"bench\" rng-seed=\"1\" "
                + "xml-format-version=\"3\" catch2-version=\"3.5.0\">\n" + testCases + "</Catch2TestRun>\n";
    }
}
