package io.jenkins.plugins.perftracker.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.*;

/** Every way a record can be bad: each error names the file, the element path or line, and what was expected. */
class RunRecordErrorTest {
    private final RunRecordCodec codec = new RunRecordCodec();

    @TempDir
    private Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad score|<tests><test><tag>t</tag><scores>1 x 3</scores></test></tests>"
                    + "|perftracker-run/tests/test[1]/scores: number #2: a decimal number expected but was 'x'",
            "NaN score|<tests><test><tag>a</tag><scores>1</scores></test><test><tag>t</tag><scores>NaN</scores></test></tests>"
                    + "|perftracker-run/tests/test[2]/(scores[0]): a finite number expected but was NaN",
            "no tag|<tests><test><scores>1</scores></test></tests>"
                    + "|perftracker-run/tests/test[1]/(tag): must not be empty",
            "no scores|<tests><test><tag>t</tag></test></tests>"
                    + "|perftracker-run/tests/test[1]/(scores): at least one score expected",
            "bad time|<begin>yesterday</begin>|perftracker-run/begin: an ISO-8601 time with offset",
            "time without offset|<begin>2024-05-01T10:00:00</begin>|perftracker-run/begin: an ISO-8601 time",
            "end before begin|<begin>2024-05-01T10:00Z</begin><end>2024-05-01T09:00Z</end>"
                    + "|perftracker-run/(end): must not be before begin",
            "bad boolean|<append>yes</append>|perftracker-run/append: true or false expected but was 'yes'",
            "bad duration|<duration-sec>-1</duration-sec>|perftracker-run/(duration): a finite, non-negative number",
            "bad status|<tests><test><tag>t</tag><status>GREEN</status></test></tests>"
                    + "|perftracker-run/tests/test[1]/status: status: expected one of NOTTESTED",
            "bad count|<tests><test><tag>t</tag><scores>1</scores><errors count=\"-2\"/></test></tests>"
                    + "|perftracker-run/tests/test[1]/errors/@count: count: must not be negative but was -2",
            "count overflow|<tests><test><tag>t</tag><scores>1</scores><samples>9999999999</samples></test></tests>"
                    + "|perftracker-run/tests/test[1]/samples: an integer up to 2147483647 expected",
            "bad loops|<tests><test><tag>t</tag><scores>1</scores><loops>many</loops></test></tests>"
                    + "|perftracker-run/tests/test[1]/loops: an integer expected but was 'many'",
            "entry without key|<links><entry>x</entry></links>|perftracker-run/links/entry[1]: attribute 'key' expected",
            "env node without name|<env-nodes><env-node><cpus>2</cpus></env-node></env-nodes>"
                    + "|perftracker-run/env-nodes/env-node[1]/(env_node.name): must not be empty",
            "negative cpus|<env-nodes><env-node><name>n</name><children><env-node><name>c</name><cpus>-1</cpus>"
                    + "</env-node></children></env-node></env-nodes>"
                    + "|perftracker-run/env-nodes/env-node[1]/children/env-node[1]/(env_node.cpus): must not be negative",
            "units disagree|<tests><test><tag>t</tag><scores>1</scores><unit>s</unit></test>"
                    + "<test><tag>t</tag><scores>1</scores><unit>ms</unit></test></tests>"
                    + "|perftracker-run/tests: tests: test t in group '' repeats with unit 'ms'",
    })
    void shouldNameTheElementAndWhatWasExpected(final String name, final String body, final String message)
            throws IOException {
        Path file = write("<perftracker-run>" + body + "</perftracker-run>");

        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(RunRecordException.class)
                .hasMessageStartingWith(file + ": line ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((RunRecordException) e).getFile()).isEqualTo(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file||not well-formed XML",
            "truncated|<perftracker-run><title>cut|not well-formed XML",
            "garbage|{\"json\": true}|not well-formed XML",
            "unknown root|<report/>|<report> is not an element of a run record (<perftracker-run> expected)",
            "bad format|<perftracker-run format=\"latest\"/>"
                    + "|perftracker-run/@format: a positive record-format version expected but was 'latest'",
            "zero format|<perftracker-run format=\"0\"/>"
                    + "|perftracker-run/@format: a positive record-format version expected but was '0'",
            "other model root|<test><tag>t</tag><scores>1</scores></test>"
                    + "|the root element must be <perftracker-run> but holds a PerfTest",
    })
    void shouldRefuseWhatIsNotARunRecord(final String name, final String content, final String message)
            throws IOException {
        Path file = write(content == null ? "" : content);

        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(RunRecordException.class)
                .hasMessageStartingWith(file + ": ").hasMessageContaining(message);
    }

    @Test
    void shouldReadAFarFutureFormatAsFarAsItIsUnderstood() throws IOException {
        Path file = write("<perftracker-run format=\"123456789\"><title>t</title></perftracker-run>");

        assertThat(codec.read(file).getTitle()).isEqualTo("t");
    }

    @Test
    void shouldRefuseARecordLargerThanTheLimit() throws IOException {
        Path file = write("<perftracker-run><title>" + "x".repeat(200) + "</title></perftracker-run>");

        assertThatThrownBy(() -> new RunRecordCodec(100).read(file)).isInstanceOf(RunRecordException.class)
                .hasMessage(file + ": the record has " + Files.size(file) + " bytes, more than the limit of 100");
    }

    @Test
    void shouldRefuseEnvNodesNestedTooDeeply() throws IOException {
        int depth = EnvNodeConverter.MAX_DEPTH + 2;
        String xml = "<perftracker-run><env-nodes>"
                + "<env-node><name>n</name><children>".repeat(depth) + "<env-node><name>leaf</name></env-node>"
                + "</children></env-node>".repeat(depth) + "</env-nodes></perftracker-run>";

        assertThatThrownBy(() -> codec.read(write(xml))).isInstanceOf(RunRecordException.class)
                .hasMessageContaining("env nodes nest deeper than " + EnvNodeConverter.MAX_DEPTH + " levels");
    }

    @Test
    void shouldReadEnvNodesNestedUpToTheLimit() throws IOException {
        int depth = EnvNodeConverter.MAX_DEPTH;
        String xml = "<perftracker-run><env-nodes>"
                + "<env-node><name>n</name><children>".repeat(depth) + "<env-node><name>leaf</name></env-node>"
                + "</children></env-node>".repeat(depth) + "</env-nodes></perftracker-run>";

        assertThat(codec.read(write(xml)).getEnvNodes()).hasSize(1);
    }

    private Path write(final String content) throws IOException {
        return Files.writeString(dir.resolve("perftracker-run.xml"), content);
    }
}
