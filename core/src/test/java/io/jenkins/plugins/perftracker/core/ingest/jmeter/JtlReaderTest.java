package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.AbstractLoadReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.kit.Measures;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

class JtlReaderTest extends AbstractLoadReaderTest {
    @Test
    void shouldCountEverythingInTheTotalWhenNoLabelMayStandAlone() throws Exception {
        PerfRun run = new JtlReader(0, 0).read(write("input.jtl", HEADER + "1000,5,a,200,true\n1001,7,b,200,false\n"));

        assertThat(run.getTests().stream().map(PerfTest::getGroup).distinct()).containsExactly("TOTAL");
        // no raw samples kept: the figures remain, the first of them carries the warnings
        assertThat(run.getTests()).noneMatch(t -> t.getCategory().isEmpty() && t.getTag().equals("response time"));
        assertThat(value(run, "TOTAL", "response time", "mean")).isEqualTo(6);
        assertThat(value(run, "TOTAL", "errors", "error %")).isEqualTo(50);
        assertThat(find(run, "TOTAL", "response time", "mean").getWarnings().getTexts()).singleElement().asString()
                .startsWith("2 samples of labels beyond the first 0");
    }

    private static final String XML = "jmeter/JMeterResults.jtl";
    private static final String XML_SAMPLES = "jmeter/JMeterResultsMultiThread.jtl";
    private static final String CSV = "jmeter/JMeterCsvResults.csv";
    private static final String MULTI_LINE_CSV = "jmeter/multiLineCSV.jtl";
    private static final String HEADER = "timeStamp,elapsed,label,responseCode,success\n";

    @Override
    protected ResultReader reader() {
        return new JtlReader();
    }

    @Override
    protected List<String> realWorldFiles() {
        return List.of(XML, XML_SAMPLES, CSV, MULTI_LINE_CSV);
    }

    @Test
    void shouldAggregateAnXmlJtlPerLabel() throws Exception {
        PerfRun run = reader().read(resource(XML));

        // Home: t = 14720, 15902, 598, 501
        assertThat(value(run, "Home", "response time", "mean")).isEqualTo((14720 + 15902 + 598 + 501) / 4.0);
        assertThat(value(run, "Home", "response time", "median")).isEqualTo(598);
        assertThat(value(run, "Home", "response time", "p90")).isEqualTo(15902);
        assertThat(value(run, "Home", "response time", "min")).isEqualTo(501);
        assertThat(value(run, "Home", "response time", "max")).isEqualTo(15902);
        assertThat(value(run, "Home", "errors", "error %")).isZero();
        assertThat(value(run, "Home", "throughput", "")).isCloseTo(4 * 1000.0 / (1296846947144L + 501
                - 1296846792004L), within(1e-12));
        assertThat(find(run, "Home", "response time", "").getScores()).containsExactly(14720, 15902, 598, 501);
        assertThat(run.getTests().stream().map(PerfTest::getGroup).distinct()).containsExactly("Home", "Workgroup",
                "TOTAL");
        assertThat(find(run, "TOTAL", "response time", "").getSampleCount()).isEqualTo(8);
    }

    @Test
    void shouldReadPlainSampleElements() throws Exception {
        PerfRun run = reader().read(resource(XML_SAMPLES));

        assertThat(run.getTests()).extracting(PerfTest::getGroup).contains("WebService(SOAP) Request");
        assertThat(value(run, "WebService(SOAP) Request", "response time", "min")).isEqualTo(894);
    }

    @Test
    void shouldReadACsvJtlWithoutTrailingLineBreak() throws Exception {
        PerfRun run = reader().read(resource(CSV));

        assertThat(value(run, "GET /ordermgmt/pre-logout", "response time", "mean")).isEqualTo(2204);
        assertThat(find(run, "GET /ordermgmt/pre-logout", "response time", "").getSampleCount()).isEqualTo(2);
        assertThat(value(run, "TOTAL", "response time", "max")).isEqualTo(2204);
        assertThat(find(run, "TOTAL", "response time", "").getWarnings().isEmpty()).isTrue();
    }

    @Test
    void shouldKeepQuotedMultiLineLabelsAndCountFailures() throws Exception {
        PerfRun run = reader().read(resource(MULTI_LINE_CSV));

        String label = "no such element: Unable to locate element: {\"method\":\"id\",\"selector\":\"reviewBAD\"}\n"
                + "                  Session ID: 89a1a36b52e184afb01963257d8739e8\n"
                + "                  *** Element info: {Using=id, value=reviewBAD}";
        // longer than a group may be: cut, with a hash of the whole label to keep it apart; a name is one line
        String group = Measures.group(label).replace('\n', ' ');
        assertThat(group).hasSize(128).startsWith("no such element: Unable to locate element: {\"method\"");
        assertThat(value(run, group, "errors", "error %")).isEqualTo(100);
        assertThat(find(run, group, "errors", "error %").getErrors().getCount()).isEqualTo(1);
        assertThat(value(run, "TOTAL", "errors", "error %")).isEqualTo(50);
        assertThat(value(run, "Preparation: Login", "response time", "p99")).isEqualTo(1898);
    }

    @Test
    void shouldFindColumnsByNameInAnyOrderAndWithOtherDelimiters() throws Exception {
        PerfRun run = read("""
                success;label;Latency;elapsed;timeStamp
                true;a;1;10;1000
                FALSE;a;1;30;1010
                """);

        assertThat(value(run, "a", "response time", "mean")).isEqualTo(20);
        assertThat(value(run, "a", "errors", "error %")).isEqualTo(50);
        assertThat(value(run, "a", "throughput", "")).isEqualTo(2 * 1000.0 / 40);
    }

    @Test
    void shouldNameLineColumnAndExpectationOfABadNumber() {
        assertThatThrownBy(() -> read(HEADER + "1000,5,a,200,true\n1001,abc,a,200,true\n1002,7,a,200,true\n"))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("line 3");
                    assertThat(e.getProblem()).isEqualTo("column 'elapsed' expected a whole number but was 'abc'");
                    assertThat(e.getMessage()).endsWith("input.result, line 3: column 'elapsed' expected a whole "
                            + "number but was 'abc'");
                });
        assertThatThrownBy(() -> read(HEADER + "2017/04/15 12:41:50.340,5,a,200,true\n"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("timestamp_format=ms");
        assertThatThrownBy(() -> read(HEADER + "1000,5\n1001,6,a,200,true\n"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("line 2: at least 5 fields");
    }

    @Test
    void shouldRefuseAHeaderWithoutARequiredColumn() {
        assertThatThrownBy(() -> read("timeStamp,elapsed,label,responseCode\n1,2,a,200\n"))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("line 1");
                    assertThat(e.getProblem()).contains("'success' is missing");
                });
    }

    @Test
    void shouldIgnoreACutLastLineWithAWarningAndKeepTheRest() throws Exception {
        PerfRun run = read(HEADER + "1000,5,a,200,true\n\n1001,7,a,200,true\n1002,1");

        assertThat(find(run, "a", "response time", "").getScores()).containsExactly(5, 7);
        assertThat(find(run, "TOTAL", "response time", "").getWarnings().getTexts()).singleElement().asString()
                .contains("last line 5 was incomplete");
    }

    @Test
    void shouldRefuseAQuoteThatNeverCloses() {
        assertThatThrownBy(() -> read(HEADER + "1000,5,\"a,200,true\n")).isInstanceOfSatisfying(
                ResultFormatException.class, e -> assertThat(e.getLocation()).isEqualTo("line 2"));
    }

    @Test
    void shouldKeepHugeElapsedTimesAndRefuseOnesBeyondAnInt() throws Exception {
        PerfRun run = read(HEADER + "1000," + Integer.MAX_VALUE + ",a,200,true\n1001,1,a,200,true\n");

        assertThat(value(run, "a", "response time", "max")).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> read(HEADER + "1000,99999999999,a,200,true\n"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("at most 2147483647 ms");
    }

    @Test
    void shouldCountOnlyTopLevelXmlSamplesAndNameBadAttributes() throws Exception {
        PerfRun run = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testResults version="1.2">
                <sample t="300" ts="1000" s="true" lb="Transaction">
                  <httpSample t="100" ts="1000" s="true" lb="step 1"/>
                  <httpSample t="200" ts="1100" s="false" lb="step 2"><responseData>x</responseData></httpSample>
                </sample>
                </testResults>
                """);

        assertThat(run.getTests().stream().map(PerfTest::getGroup).distinct()).containsExactly("Transaction",
                "TOTAL");
        assertThatThrownBy(() -> read("<testResults>\n<httpSample ts=\"1\" lb=\"a\"/>\n</testResults>"))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).startsWith("line 2");
                    assertThat(e.getProblem()).isEqualTo(
                            "attribute 't' of <httpSample> expected a whole number but was missing");
                });
    }

    @Test
    void shouldGiveNoTestsForAHeaderOnly() throws Exception {
        assertThat(read(HEADER).getTests()).isEmpty();
    }

    private static PerfTest find(final PerfRun run, final String group, final String tag, final String category) {
        return run.getTests().stream().filter(t -> t.getGroup().equals(group) && t.getTag().equals(tag)
                && t.getCategory().equals(category)).findFirst().orElseThrow();
    }

    private static double value(final PerfRun run, final String group, final String tag, final String category) {
        return find(run, group, tag, category).getScores()[0];
    }
}
