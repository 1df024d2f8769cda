package io.jenkins.plugins.perftracker.core.store;

import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.*;

/** Records written by older and newer versions: unknown elements are skipped, missing ones take defaults. */
class RunRecordCompatibilityTest {
    private final RunRecordCodec codec = new RunRecordCodec();

    @TempDir
    private Path dir;

    @Test
    void shouldReadTheCheckedInRecordOfFormatOne() throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/store/run-format-1.xml").toURI());

        assertThat(codec.read(file)).isEqualTo(RunFixtures.fullRun());
    }

    @Test
    void shouldGiveMissingElementsTheirDefaults() throws IOException {
        PerfRun run = read("""
                <perftracker-run>
                  <title>old</title>
                  <tests>
                    <test><tag>t</tag><scores>1 2 3</scores></test>
                  </tests>
                  <env-nodes><env-node><name>host</name></env-node></env-nodes>
                </perftracker-run>""");

        assertThat(run.getTitle()).isEqualTo("old");
        assertThat(run.getBegin()).isNull();
        assertThat(run.isAppend()).isFalse();
        assertThat(run.getLinks()).isEmpty();
        PerfTest test = run.getTests().get(0);
        assertThat(test.getUnit()).isEqualTo(PerfTest.DEFAULT_UNIT);
        assertThat(test.getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(test.isLessIsBetter()).isFalse();
        assertThat(test.getSampleCount()).isEqualTo(3);
        assertThat(test.getErrors()).isEqualTo(Messages.NONE);
        assertThat(test.getGroup()).isEmpty();
        assertThat(run.getEnvNodes().get(0).getCpus()).isZero();
        assertThat(run.getEnvNodes().get(0).getChildren()).isEmpty();
    }

    @Test
    void shouldSkipElementsAndAttributesOfANewerVersion() throws IOException {
        PerfRun run = read("""
                <perftracker-run format="7" compression="none">
                  <title>new</title>
                  <owner><team>perf</team><oncall>ann</oncall></owner>
                  <links><entry key="a">b</entry><annotation>ignored</annotation></links>
                  <artifacts><path>x.json</path><digest>sha256</digest></artifacts>
                  <tests>
                    <test>
                      <tag>t</tag><scores>1</scores><histogram><bucket>1</bucket></histogram>
                      <errors count="9"><text>boom</text><severity>high</severity></errors>
                    </test>
                    <benchmark><tag>not a test</tag></benchmark>
                  </tests>
                  <env-nodes><env-node><name>h</name><gpu>A100</gpu>
                    <children><env-node><name>c</name></env-node><container>x</container></children>
                  </env-node></env-nodes>
                  <verdict>regressed</verdict>
                </perftracker-run>""");

        assertThat(run.getTitle()).isEqualTo("new");
        assertThat(run.getLinks()).containsExactly(entry("a", "b"));
        assertThat(run.getArtifacts()).containsExactly("x.json");
        assertThat(run.getTests()).singleElement().satisfies(test -> {
            assertThat(test.getTag()).isEqualTo("t");
            assertThat(test.getErrors().getTexts()).containsExactly("boom");
        });
        assertThat(run.getEnvNodes().get(0).getChildren()).singleElement()
                .satisfies(node -> assertThat(node.getName()).isEqualTo("c"));
    }

    @Test
    void shouldTakeACountWithoutTextsAsACountOnly() throws IOException {
        PerfRun run = read("<perftracker-run><tests><test><tag>t</tag><status>failed</status>"
                + "<warnings count=\"4\"/><errors/></test></tests></perftracker-run>");

        PerfTest test = run.getTests().get(0);
        assertThat(test.getWarnings().getCount()).isEqualTo(4);
        assertThat(test.getErrors().isEmpty()).isTrue();
        assertThat(test.getStatus()).isEqualTo(Status.FAILED);
    }

    private PerfRun read(final String xml) throws IOException {
        return codec.read(Files.writeString(dir.resolve("run.xml"), xml));
    }
}
