package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class JtlCsvParserTest {
    private static final Path FILE = Path.of("results.jtl");

    @Test
    void shouldSkipAByteOrderMarkBlankLinesAndCarriageReturns() throws Exception {
        JtlAggregate aggregate = parse("\uFEFFtimeStamp,elapsed,label,success\r\n\r\n1000,4,a,true\r\n\r\n"
                + "1001,6,a,true\r\n", (byte) ',');

        LabelStats a = aggregate.labels().labels().get(0);
        assertThat(a.label()).isEqualTo("a");
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.mean()).isEqualTo(5);
    }

    @Test
    void shouldUnquoteLabelsWithDoubledQuotesAndMatchThemToUnquotedOnes() throws Exception {
        JtlAggregate aggregate = parse("timeStamp,elapsed,label,success\n1000,4,\"say \"\"hi\"\"\",true\n"
                + "1001,6,\"plain\",true\n1002,8,plain,false\n", (byte) ',');

        assertThat(aggregate.labels().labels()).extracting(LabelStats::label).containsExactly("say \"hi\"", "plain");
        assertThat(aggregate.labels().get("plain").count()).isEqualTo(2);
        assertThat(aggregate.labels().get("plain").errors()).isEqualTo(1);
    }

    @Test
    void shouldReadTabSeparatedFiles() throws Exception {
        JtlAggregate aggregate = parse("timeStamp\telapsed\tlabel\tsuccess\n1000\t4\tx, y\ttrue\n", (byte) '\t');

        assertThat(aggregate.labels().labels()).extracting(LabelStats::label).containsExactly("x, y");
        assertThat(JtlReader.delimiter("timeStamp\telapsed\tlabel\tsuccess\n")).isEqualTo((byte) '\t');
        assertThat(JtlReader.delimiter("timeStamp|elapsed|label|success")).isEqualTo((byte) '|');
        assertThat(JtlReader.delimiter("timeStamp")).isEqualTo((byte) ',');
    }

    @Test
    void shouldTakeOnlyTrueAsSuccess() throws Exception {
        JtlAggregate aggregate = parse("timeStamp,elapsed,label,success\n1,1,a,TRUE\n2,1,a,yes\n3,1,a,\n4,1,a,True\n",
                (byte) ',');

        assertThat(aggregate.total().errors()).isEqualTo(2);
    }

    @Test
    void shouldRefuseNegativeAndDecimalNumbersWithTheirLine() {
        assertThatThrownBy(() -> parse("timeStamp,elapsed,label,success\n1,-5,a,true\n", (byte) ','))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("line 2");
                    assertThat(e.getProblem()).isEqualTo("column 'elapsed' expected a whole number but was '-5'");
                });
        assertThatThrownBy(() -> parse("timeStamp,elapsed,label,success\n1,1,a,true\n1.5,2,a,true\n", (byte) ','))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("line 3: column 'timeStamp'");
        assertThatThrownBy(() -> parse("timeStamp,elapsed,label,success\n1,,a,true\n", (byte) ','))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("but was ''");
        assertThatThrownBy(() -> parse("timeStamp,elapsed,label,success\n1,12345678901234567890,a,true\n",
                (byte) ',')).isInstanceOf(ResultFormatException.class).hasMessageContaining("whole number");
    }

    @Test
    void shouldReportTheLineOfARecordAfterAMultiLineLabel() {
        assertThatThrownBy(() -> parse("timeStamp,elapsed,label,success\n1,1,\"two\nlines\",true\n2,x,a,true\n",
                (byte) ',')).isInstanceOf(ResultFormatException.class).hasMessageContaining("line 4:");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThatThrownBy(() -> parse("", (byte) ',')).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("empty file: a CSV header line expected");
    }

    private static JtlAggregate parse(final String csv, final byte delimiter) throws Exception {
        JtlAggregate aggregate = new JtlAggregate(10, 10);
        new JtlCsvParser(FILE, aggregate).parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                delimiter);
        return aggregate;
    }
}
