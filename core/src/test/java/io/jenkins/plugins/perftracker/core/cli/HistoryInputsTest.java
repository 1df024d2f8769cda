package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.report.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryInputsTest {
    @TempDir
    Path dir;

    @Test
    void shouldTakeTheFilesOfOneDirectoryInNameOrderWithoutHiddenOnes() throws Exception {
        Files.createDirectories(dir.resolve("runs/sub"));
        for (String name : List.of("b-02.json", "a-10.json", ".hidden", "c-01.json")) {
            Files.writeString(dir.resolve("runs").resolve(name), "[]");
        }
        assertThat(HistoryInputs.runs(List.of("runs"), dir)).containsExactly("runs/a-10.json", "runs/b-02.json",
                "runs/c-01.json");
    }

    @Test
    void shouldKeepSeveralInputsAsTheyAre() throws BadInputException {
        assertThat(HistoryInputs.runs(List.of("x", "y"), dir)).containsExactly("x", "y");
        assertThat(HistoryInputs.runs(List.of("missing"), dir)).containsExactly("missing");
    }

    @Test
    void shouldRefuseAnEmptyDirectory() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> HistoryInputs.runs(List.of("empty"), dir))
                .hasMessage("empty: a directory of run files expected but it is empty");
    }

    @Test
    void shouldRecogniseOneCsvFile() throws IOException {
        Files.writeString(dir.resolve("h.CSV"), "t,a\n1,2\n");
        assertThat(HistoryInputs.isCsv(List.of("h.CSV"), dir)).isTrue();
        assertThat(HistoryInputs.isCsv(List.of("h.CSV", "h.CSV"), dir)).isFalse();
        assertThat(HistoryInputs.isCsv(List.of("other.csv"), dir)).isFalse();
    }
}
