package io.jenkins.plugins.perftracker.core.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static io.jenkins.plugins.perftracker.core.ingest.ResourceFiles.*;
import static org.assertj.core.api.Assertions.*;

class IngesterTest {
    private final Ingester ingester = new Ingester();

    @TempDir
    private Path dir;

    @Test
    void shouldReadMixedFilesAndReportTheBadOnesWithoutLosingTheOthers() throws Exception {
        Files.copy(resource("ingest/perftracker/sample.txt"), Files.createDirectories(dir.resolve("a")).resolve("out.txt"));
        Files.copy(resource("ingest/perftracker/job-full.json"), dir.resolve("a/job.json"));
        write(dir, "a/broken.json", "[{\"tag\": \"x\", \"scores\": [1,");
        write(dir, "a/notes.md", "# nothing to see");

        IngestResult result = ingester.ingest(dir, "a/**", Optional.empty());

        assertThat(result.formats()).containsOnlyKeys("a/job.json", "a/out.txt");
        assertThat(result.formats()).containsEntry("a/out.txt", "perftracker-text")
                .containsEntry("a/job.json", "perftracker");
        assertThat(result.run().getTests()).hasSize(9);
        assertThat(result.run().getTitle()).isEqualTo("My web app, 1.0-1234");
        assertThat(result.problems()).extracting(IngestProblem::file).containsExactly("a/broken.json", "a/notes.md");
        assertThat(result.problems().get(0).message()).contains("malformed or truncated JSON");
        assertThat(result.problems().get(1).message()).contains("not a known result format");
    }

    @Test
    void shouldSayEmptyFileRatherThanUnknownFormatForZeroBytes() throws Exception {
        write(dir, "results/empty.json", "");
        write(dir, "results/r.txt", "tag: a; score: 1;\n");

        IngestResult result = ingester.ingest(dir, "results/*", Optional.empty());

        assertThat(result.run().getTests()).hasSize(1);
        assertThat(result.problems()).extracting(IngestProblem::toString)
                .containsExactly("results/empty.json: empty file: nothing to read");
    }

    @Test
    void shouldRefuseAPatternThatLeavesTheWorkspace() {
        assertThatThrownBy(() -> ingester.ingest(dir, "../../x/*.json", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves the workspace");
    }

    @Test
    void shouldReadEveryFileAsTheForcedFormat() throws Exception {
        write(dir, "r1.log", "tag: a; score: 1;\n");
        write(dir, "r2.log", "tag: a; score: 2;\n");

        IngestResult result = ingester.ingest(dir, "*.log", Optional.of("perftracker-text"));

        assertThat(result.run().getTests()).singleElement()
                .extracting(PerfTest::getScores).isEqualTo(new double[] {1, 2});
    }

    @Test
    void shouldRefuseAFileWhoseTestsClashWithEarlierFiles() throws Exception {
        write(dir, "1.txt", "tag: a; score: 1; metrics: ms;\n");
        write(dir, "2.txt", "tag: a; score: 2; metrics: s;\ntag: b; score: 1;\n");

        IngestResult result = ingester.ingest(dir, "*.txt", Optional.empty());

        assertThat(result.run().getTests()).extracting(PerfTest::getTag).containsExactly("a");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("2.txt");
            assertThat(p.message()).contains("repeats with unit 's'");
        });
    }

    @Test
    void shouldRefuseAnUnknownFormatNamingTheKnownOnes() {
        assertThatThrownBy(() -> ingester.ingest(dir, "*.json", Optional.of("nonsense")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown result format 'nonsense'")
                .hasMessageContaining("perftracker-text");
    }

    @Test
    void shouldSearchADirectoryNoFormatClaims() throws Exception {
        write(dir, "results/deep/x.txt", "tag: a; score: 1;\n");

        IngestResult result = ingester.ingest(dir, List.of(dir.resolve("results")), Optional.empty());

        assertThat(result.formats()).containsOnlyKeys("results/deep/x.txt".replace('/', java.io.File.separatorChar));
    }

    @Test
    void shouldExpandAntPatterns() throws Exception {
        write(dir, "top.json", "{}");
        write(dir, "a/b/deep.json", "{}");
        write(dir, "a/b/deep.txt", "");

        assertThat(new FileGlob("**/*.json").expand(dir)).extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("a/b/deep.json", "top.json");
        assertThat(new FileGlob("a/*/deep.*, top.json").expand(dir))
                .extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("top.json", "a/b/deep.json", "a/b/deep.txt");
        assertThat(new FileGlob("a/?/*.txt").matches("a/b/deep.txt")).isTrue();
        assertThat(new FileGlob("*.json").matches("a/b/deep.json")).isFalse();
        assertThatThrownBy(() -> new FileGlob(" , ")).hasMessageContaining("no file pattern given");
    }

    @Test
    void shouldGiveAnEmptyResultWhenNothingMatches() throws Exception {
        IngestResult result = ingester.ingest(dir, "**/*.jtl", Optional.empty());

        assertThat(result.filesRead()).isZero();
        assertThat(result.run().getTests()).isEmpty();
        assertThat(result.hasProblems()).isFalse();
    }
}
