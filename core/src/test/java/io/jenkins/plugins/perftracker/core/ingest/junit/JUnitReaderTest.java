package io.jenkins.plugins.perftracker.core.ingest.junit;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.AbstractLoadReaderTest;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class JUnitReaderTest extends AbstractLoadReaderTest {
    @Test
    void shouldFallBackToTheSuiteNameAndCutLongMessages() throws Exception {
        PerfRun run = read("""
                <testsuites name="all"><testsuite name="outer"><testsuite name="inner">
                  <testcase name="a" time="1"><error>%s</error></testcase>
                </testsuite><testcase name="b" time="2"/></testsuite></testsuites>
                """.formatted("x".repeat(5000)));

        assertThat(run.getTests()).extracting(PerfTest::getGroup).containsExactly("inner", "outer");
        assertThat(run.getTests().get(0).getErrors().getTexts()).singleElement().asString()
                .startsWith("error\nxxx").hasSize(2001);
    }

    private static final String SUCCESS_FAILURE_ERROR = "junit/TEST-JUnitResults-success-failure-error.xml";
    private static final String PROPERTIES = "junit/TEST-JUnitResults.xml";
    private static final String NESTED = "junit/junit-report-nested-testsuites.xml";
    private static final String AGGREGATION = "junit/junit-report-time-aggregation.xml";

    @Override
    protected ResultReader reader() {
        return new JUnitReader();
    }

    @Override
    protected List<String> realWorldFiles() {
        return List.of(SUCCESS_FAILURE_ERROR, PROPERTIES, NESTED, AGGREGATION);
    }

    @Test
    void shouldMakeEveryTestCaseADurationTestInSeconds() throws Exception {
        PerfRun run = reader().read(resource(SUCCESS_FAILURE_ERROR));

        assertThat(run.getTests()).extracting(PerfTest::getTag).containsExactly("error", "fail", "sucess");
        assertThat(run.getTests()).allSatisfy(t -> {
            assertThat(t.getGroup()).isEqualTo("tests.ATest");
            assertThat(t.getUnit()).isEqualTo("s");
            assertThat(t.isLessIsBetter()).isTrue();
        });
        assertThat(run.getTests()).extracting(t -> t.getScores()[0]).containsExactly(0.006, 0.002, 0.0);
        assertThat(run.getTitle()).isEqualTo("tests.ATest");
    }

    @Test
    void shouldFailTestsWithFailuresAndErrorsKeepingTheMessage() throws Exception {
        PerfRun run = reader().read(resource(SUCCESS_FAILURE_ERROR));

        assertThat(run.getTests()).extracting(PerfTest::getStatus)
                .containsExactly(Status.FAILED, Status.FAILED, Status.SUCCESS);
        assertThat(run.getTests().get(0).getErrors().getTexts()).containsExactly(
                "error (java.lang.RuntimeException)\njava.lang.RuntimeException at tests.ATest.error(ATest.java:11)");
        assertThat(run.getTests().get(1).getErrors().getTexts()).singleElement().asString()
                .startsWith("failure (junit.framework.AssertionFailedError)");
        assertThat(run.getCounts().toString()).isNotEmpty();
    }

    @Test
    void shouldIgnorePropertiesAndSystemOutput() throws Exception {
        PerfRun run = reader().read(resource(PROPERTIES));

        assertThat(run.getTests()).hasSize(5).allSatisfy(t -> assertThat(t.getGroup())
                .isEqualTo("hudson.plugins.performance.reports.UriReportTest"));
        // the suite claims failures="0", but testGetMax has a <failure>: the test cases decide
        assertThat(run.getTests()).filteredOn(t -> t.getStatus() == Status.FAILED).extracting(PerfTest::getTag)
                .containsExactly("testGetMax");
    }

    @Test
    void shouldUseTheClassnameAndReadNestedSuites() throws Exception {
        PerfRun run = reader().read(resource(NESTED));

        assertThat(run.getTests()).extracting(PerfTest::getGroup, PerfTest::getTag).containsExactly(
                tuple("test.fs.FileSystemTest", "testPrefix"), tuple("test.db.DatabaseTest", "testTable"));
        assertThat(run.getTitle()).isEqualTo("Automated Tests");
    }

    @Test
    void shouldMergeRepeatedTestCasesIntoOneTestWithSeveralSamples() throws Exception {
        PerfRun run = reader().read(resource(AGGREGATION));

        assertThat(run.getTests()).extracting(PerfTest::getTag).containsExactly("testPrefix1", "testPrefix1A",
                "testPrefix2");
        assertThat(run.getTests().get(0).getScores()).containsExactly(10.0);
    }

    @Test
    void shouldReadPytestOutputWithSkipsAndThousandsSeparators() throws Exception {
        PerfRun run = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <testsuites><testsuite name="pytest" errors="0" failures="0" skipped="1" tests="3" time="1.2">
                <testcase classname="tests.test_io" name="test_read[big]" time="1,234.5"/>
                <testcase classname="tests.test_io" name="test_write" time="0.010">
                  <skipped type="pytest.skip" message="no disk">/tmp/x.py:3: no disk</skipped></testcase>
                <testcase classname="tests.test_io" name="test_read[big]" time="1000"/>
                <testcase classname="tests.test_io" name="test_slow">some stray text<system-out>log</system-out>
                </testcase>
                </testsuite></testsuites>
                """);

        assertThat(run.getTests()).hasSize(3);
        assertThat(run.getTests().get(0).getScores()).containsExactly(1234.5, 1000.0);
        assertThat(run.getTests().get(1).getStatus()).isEqualTo(Status.SKIPPED);
        assertThat(run.getTests().get(1).getWarnings().getTexts()).singleElement().asString()
                .contains("no disk");
        assertThat(run.getTests().get(2).getWarnings().getTexts()).containsExactly("no time attribute; 0 s assumed");
    }

    @Test
    void shouldRefuseANegativeOrNonNumericTimeWithItsLine() {
        assertThatThrownBy(() -> read("""
                <testsuite name="s">
                  <testcase classname="c" name="a" time="0.1"/>
                  <testcase classname="c" name="b" time="NaN"/>
                </testsuite>
                """)).isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).startsWith("line 3");
                    assertThat(e.getProblem()).isEqualTo("attribute 'time' of <testcase> expected a non-negative "
                            + "number of seconds but was 'NaN'");
                });
        assertThatThrownBy(() -> read("<testsuite><testcase name=\"a\" time=\"-345345\"/></testsuite>"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("-345345");
    }

    @Test
    void shouldKeepHugeDurations() throws Exception {
        PerfRun run = read("<testsuite><testcase classname=\"c\" name=\"a\" time=\"1.0E12\"/></testsuite>");

        assertThat(run.getTests().get(0).getScores()).containsExactly(1.0e12);
    }

    @Test
    void shouldRefuseOtherRootsAndEntities() {
        assertThatThrownBy(() -> read("<testResults version=\"1.2\"/>")).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("<testsuites> or <testsuite> expected but was <testResults>");
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE testsuite [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <testsuite><testcase classname="&x;" name="a" time="1"/></testsuite>
                """)).isInstanceOf(ResultFormatException.class);
    }

    @Test
    void shouldNotClaimJmeterOrCatchFiles() {
        assertThat(reader().detect(temp.resolve("x"), "<testResults version=\"1.2\">")).isFalse();
        assertThat(reader().detect(temp.resolve("x"), "<Catch2TestRun name=\"x\">")).isFalse();
        assertThat(reader().detect(temp.resolve("x"), "<?xml version=\"1.0\"?>\n<testsuites>")).isTrue();
    }
}
