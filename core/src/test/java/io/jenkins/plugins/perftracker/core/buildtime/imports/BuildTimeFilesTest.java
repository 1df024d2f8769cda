package io.jenkins.plugins.perftracker.core.buildtime.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

/** The step's file import, on Buildtime Trend's own sample files (see buildtime/travis/README.md). */
class BuildTimeFilesTest {
    private static final Path SAMPLES = Path.of("src/test/resources/buildtime/travis");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path workspace;

    private void copy(final String sample, final String as) throws IOException {
        Path target = workspace.resolve(as);
        Files.createDirectories(target.getParent());
        Files.copy(SAMPLES.resolve(sample), target);
    }

    @Test
    void shouldReadEachFormatByItsExtension() throws Exception {
        copy("testsample_timestamps.csv", "bt/stages.csv");
        copy("testsample_buildtimes.xml", "bt/buildtimes.xml");
        copy("test_sample_travis_time_tags", "bt/job.log");

        List<ImportedTimes> read = BuildTimeFiles.read(workspace, "bt/*", "auto", NOW, NOW);

        assertThat(read).extracting(ImportedTimes::getFile, ImportedTimes::getFormat).containsExactlyInAnyOrder(
                tuple("bt/stages.csv", "csv"), tuple("bt/buildtimes.xml", "xml"), tuple("bt/job.log", "travis"));
        ImportedTimes csv = byFormat(read, "csv");
        assertThat(csv.getStages()).extracting(StageTiming::getName).containsExactly("stage1", "stage2", "stage3");
        assertThat(csv.getStages()).extracting(StageTiming::getDuration).containsExactly(Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(10));
        ImportedTimes xml = byFormat(read, "xml");
        assertThat(xml.getStages().get(0).getName()).isEqualTo("10");
        assertThat(xml.getStages().get(0).getDuration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(xml.getStages().get(0).getChildren()).hasSize(4);
        ImportedTimes travis = byFormat(read, "travis");
        assertThat(travis.getStages()).hasSize(4);
        assertThat(travis.getStages().get(0).getDuration()).isEqualTo(Duration.ofNanos(3_650_939_474L));
    }

    @Test
    void shouldHonourAnExplicitFormatAndRefuseAnUnknownOne() throws Exception {
        copy("testsample_timestamps.csv", "times.txt");

        assertThat(BuildTimeFiles.read(workspace, "times.txt", "CSV", NOW, NOW).get(0).getStages()).hasSize(3);
        assertThatThrownBy(() -> BuildTimeFiles.read(workspace, "times.txt", "keen", NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto, csv, xml, travis");
    }

    @Test
    void shouldNameTheFileOfABadCsv() throws Exception {
        Files.writeString(workspace.resolve("bad.csv"), "\"a\",\"12\"\n\"b\",\"x\"\n");

        assertThatThrownBy(() -> BuildTimeFiles.read(workspace, "*.csv", "auto", NOW, NOW))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("bad.csv");
    }

    @Test
    void shouldAddStagesToTheBuildAndMakeATravisLogAJobOfItsOwn() throws Exception {
        copy("testsample_timestamps.csv", "stages.csv");
        copy("test_sample_travis_time_tags", "a.log");
        BuildTimeRecord build = BuildTimeRecord.builder().repo("app").build("42").result(BuildResult.PASSED)
                .agent(Agent.of("linux-7", "")).startedAt(NOW.minusSeconds(60)).finishedAt(NOW)
                .stage(StageTiming.builder("Checkout").duration(Duration.ofSeconds(3))).build();

        List<BuildTimeRecord> records = ImportedRecords.of(build,
                BuildTimeFiles.read(workspace, "stages.csv,a.log", "auto", NOW, NOW));

        assertThat(records).extracting(BuildTimeRecord::getJob).containsExactly("42", "42.1");
        assertThat(records.get(0).getStages()).extracting(StageTiming::getName)
                .containsExactly("Checkout", "stage1", "stage2", "stage3");
        assertThat(records.get(0).getDuration()).isEqualTo(Duration.ofSeconds(60));
        BuildTimeRecord travis = records.get(1);
        assertThat(travis.getCiPlatform()).isEqualTo("travis");
        assertThat(travis.getStages()).hasSize(4);
        assertThat(travis.getBuild()).isEqualTo("42");
    }

    @Test
    void shouldGiveEachMatrixCellItsOwnJobId() {
        assertThat(ImportedRecords.jobId("42", BuildMatrix.EMPTY)).isEqualTo("42");
        assertThat(ImportedRecords.jobId("42", BuildMatrix.of(Map.of("os", "linux", "jdk", "17"))))
                .isEqualTo("42.17-linux");
    }

    @Test
    void shouldReadTheMatrixOptionAsMapOrText() {
        assertThat(MatrixText.parse(MatrixText.format(Map.of("os", "linux"))).getAxes()).containsEntry("os", "linux");
        assertThat(MatrixText.parse(" os = linux , jdk=17,").getSummary()).isEqualTo("17 linux");
        assertThat(MatrixText.parse("  ")).isSameAs(BuildMatrix.EMPTY);
        assertThatThrownBy(() -> MatrixText.parse("os linux")).hasMessageContaining("matrix")
                .hasMessageContaining("'os linux'");
        assertThatThrownBy(() -> MatrixText.format(Map.of("os", "a,b"))).hasMessageContaining("os=a,b");
    }

    private static ImportedTimes byFormat(final List<ImportedTimes> read, final String format) {
        return read.stream().filter(t -> t.getFormat().equals(format)).findFirst().orElseThrow();
    }
}
