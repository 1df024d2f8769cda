package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

/** Expected values from python-lib's {@code buildtimetrend/test/trend_test.py} (test_gather_data). */
class BuildtimesXmlReaderTest {
    private static final Path FILE = Path.of("buildtimes.xml");

    private static List<BuildtimesXml> read(final String xml) throws ResultFormatException {
        return BuildtimesXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    @Test
    void shouldReadTheSampleBuildsWithLabelsAndStageDurations() throws Exception {
        List<BuildtimesXml> builds;
        try (InputStream in = getClass().getResourceAsStream("/buildtime/travis/testsample_buildtimes.xml")) {
            builds = BuildtimesXmlReader.read(in, FILE);
        }

        assertThat(builds).extracting(BuildtimesXml::getLabel).containsExactly("10", "11.1", "#3");
        assertThat(builds.get(0).getStages()).containsExactly(Map.entry("stage1", 4.0), Map.entry("stage2", 5.0),
                Map.entry("stage3", 10.0), Map.entry("stage4", 1.0));
        assertThat(builds.get(1).getStages()).containsExactly(Map.entry("stage1", 3.0), Map.entry("stage2", 6.0),
                Map.entry("stage3", 11.0), Map.entry("stage5", 6.0));
        assertThat(builds.get(2).getStages()).containsEntry("stage4", 3.0).doesNotContainKey("stage5");
        assertThat(builds.get(1).getAttributes()).containsEntry("branch", "master");
    }

    @Test
    void shouldSkipStagesWithoutNameOrDuration() throws Exception {
        List<BuildtimesXml> builds = read("<builds><build><stages><stage name=\"a\"/><stage duration=\"1\"/>"
                + "<stage name=\"b\" duration=\"2.5\"/></stages></build></builds>");

        assertThat(builds.get(0).getStages()).containsExactly(Map.entry("b", 2.5));
    }

    @Test
    void shouldNameLineAndColumnOfBadInput() {
        assertThatThrownBy(() -> read("<builds><build>\n<stages><stage name=\"a\" duration=\"x\"/>"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("buildtimes.xml, line 2")
                .hasMessageContaining("stage 'a' attribute duration").hasMessageContaining("'x'");
        assertThatThrownBy(() -> read("<builds><build></builds>")).hasMessageContaining("well-formed XML");
    }

    @Test
    void shouldRefuseADoctypeSoNoEntityIsExpanded() {
        assertThatThrownBy(() -> read("<!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><builds>"
                + "<build build=\"&x;\"/></builds>")).isInstanceOf(ResultFormatException.class);
    }
}
