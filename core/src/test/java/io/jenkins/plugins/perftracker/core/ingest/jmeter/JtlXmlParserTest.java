package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class JtlXmlParserTest {
    private static final Path FILE = Path.of("results.xml");

    @Test
    void shouldReadAttributesInAnyOrderAndSuccessInAnyCase() throws Exception {
        JtlAggregate aggregate = parse("""
                <testResults version="1.2">
                  <httpSample lb="a" s="TRUE" ts="1000" t="10"/>
                  <sample ts="1005" t="20" lb="a" s="false"/>
                  <httpSample t="30" ts="1010" lb="b"/>
                </testResults>
                """);

        LabelStats a = aggregate.labels().get("a");
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.errors()).isEqualTo(1);
        assertThat(a.max()).isEqualTo(20);
        assertThat(aggregate.labels().get("b").errors()).isZero();
        assertThat(aggregate.total().count()).isEqualTo(3);
    }

    @Test
    void shouldIgnoreOtherTopLevelElements() throws Exception {
        JtlAggregate aggregate = parse("<testResults><comment t=\"x\"/><sample t=\"1\" ts=\"1\" lb=\"a\"/>"
                + "</testResults>");

        assertThat(aggregate.total().count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnotherRootAndBadTimestamps() {
        assertThatThrownBy(() -> parse("<testsuite/>")).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("root element <testResults> expected but was <testsuite>");
        assertThatThrownBy(() -> parse("<testResults>\n<sample t=\"1\" ts=\"yesterday\" lb=\"a\"/></testResults>"))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).startsWith("line 2");
                    assertThat(e.getProblem()).isEqualTo(
                            "attribute 'ts' of <sample> expected a whole number but was 'yesterday'");
                });
        assertThatThrownBy(() -> parse("<testResults><sample t=\"-1\" ts=\"1\" lb=\"a\"/></testResults>"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("'-1'");
        assertThatThrownBy(() -> parse("<testResults><sample t=\"3000000000\" ts=\"1\"/></testResults>"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("at most 2147483647 ms");
    }

    @Test
    void shouldRefuseATruncatedFileWithItsPosition() {
        assertThatThrownBy(() -> parse("<testResults>\n<sample t=\"1\" ts=\"1\" lb=\"a\"/>\n<sample t=\"2\" ts"))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).startsWith("line 3");
                    assertThat(e.getProblem()).startsWith("well-formed XML expected");
                });
    }

    private static JtlAggregate parse(final String xml) throws Exception {
        JtlAggregate aggregate = new JtlAggregate(10, 10);
        new JtlXmlParser(FILE, aggregate).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return aggregate;
    }
}
