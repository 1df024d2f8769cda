package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunLoaderTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private RunLoader loader() {
        return new RunLoader(new Ingester(), dir, warnings::add);
    }

    @Test
    void shouldReadEachInputAsOneRunInOrder() throws Exception {
        write("b.json", "[{\"tag\":\"x\",\"score\":2}]");
        write("a.json", "[{\"tag\":\"x\",\"score\":1}]");
        List<RunLoader.LoadedRun> runs = loader().load(List.of("b.json", "a.json"), Optional.empty());
        assertThat(runs).extracting(RunLoader.LoadedRun::source).containsExactly("b.json", "a.json");
        assertThat(runs).extracting(r -> r.run().getTests().get(0).getStats().getAvgScore()).containsExactly(2.0, 1.0);
    }

    @Test
    void shouldExpandRelativeAndAbsoluteGlobs() throws Exception {
        write("runs/one.json", "[{\"tag\":\"x\",\"score\":1}]");
        write("runs/two.json", "[{\"tag\":\"y\",\"score\":1}]");
        assertThat(loader().loadMerged(List.of("runs/*.json"), Optional.empty()).run().getTests()).hasSize(2);
        assertThat(loader().loadMerged(List.of(dir.resolve("runs").toString() + "/t*.json"), Optional.empty())
                .run().getTests()).singleElement().satisfies(t -> assertThat(t.getTag()).isEqualTo("y"));
        assertThatThrownBy(() -> loader().load(List.of("nowhere/*.json"), Optional.empty()))
                .hasMessage("nowhere/*.json: the pattern matches no file");
    }

    @Test
    void shouldKeepTheGoodFilesAndReportTheBadOne() throws Exception {
        write("runs/good.json", "[{\"tag\":\"x\",\"score\":1}]");
        write("runs/bad.json", "[{\"tag\":\"x\",\"score\":\"fast\"}]");
        RunLoader.LoadedRun run = loader().loadMerged(List.of("runs"), Optional.of("perftracker"));
        assertThat(run.run().getTests()).hasSize(1);
        assertThat(warnings).singleElement().asString().contains("bad.json");
    }

    @Test
    void shouldRefuseInputsWithoutResults() throws Exception {
        write("empty.txt", "nothing here");
        assertThatThrownBy(() -> loader().load(List.of("empty.txt"), Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("empty.txt: no test results found");
        assertThatThrownBy(() -> loader().load(List.of("missing.json"), Optional.empty()))
                .hasMessage("missing.json: no such file or directory");
        assertThatThrownBy(() -> loader().load(List.of("empty.txt"), Optional.of("nope")))
                .hasMessageContaining("unknown result format 'nope'");
    }

    private void write(final String name, final String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
