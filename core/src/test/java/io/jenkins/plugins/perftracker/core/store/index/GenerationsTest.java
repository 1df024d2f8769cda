package io.jenkins.plugins.perftracker.core.store.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

class GenerationsTest {
    @TempDir
    private Path dir;

    @Test
    void shouldCreateTheFirstGenerationInAnEmptyFolder() throws IOException {
        try (Generations generations = Generations.open(dir)) {
            assertThat(Files.readString(dir.resolve(Generations.CURRENT))).isEqualTo("gen-1");
            assertThat(generations.current(true).dir()).isEqualTo(dir.resolve("gen-1"));
            assertThat(dir.resolve("gen-1").resolve(Generation.LOG)).exists();
        }
    }

    @Test
    void shouldSwitchToTheFilledGenerationAndDeleteTheOld() throws IOException {
        try (Generations generations = Generations.open(dir)) {
            Appender.append(generations.current(true), build(1, 2), true);

            generations.replace(fresh -> Appender.append(fresh, build(5, 1), false));

            assertThat(Files.readString(dir.resolve(Generations.CURRENT))).isEqualTo("gen-2");
            assertThat(dir.resolve("gen-1")).doesNotExist();
            assertThat(generations.current(false).ownership().liveBuilds()).containsOnlyKeys(5);
        }
    }

    @Test
    void shouldKeepTheOldGenerationWhenFillingFails() throws IOException {
        try (Generations generations = Generations.open(dir)) {
            Appender.append(generations.current(true), build(1, 2), true);

            assertThatIOException().isThrownBy(() -> generations.replace(fresh -> {
                Appender.append(fresh, build(5, 1), false);
                throw new IOException("build record unreadable");
            })).withMessage("build record unreadable");

            assertThat(Files.readString(dir.resolve(Generations.CURRENT))).isEqualTo("gen-1");
            assertThat(folders()).containsExactly("gen-1");
            assertThat(generations.current(false).ownership().liveBuilds()).containsOnlyKeys(1);
        }
    }

    @Test
    void shouldFollowARebuildByAnotherInstance() throws IOException {
        try (Generations first = Generations.open(dir); Generations second = Generations.open(dir)) {
            Appender.append(first.current(true), build(1, 2), true);

            second.replace(fresh -> Appender.append(fresh, build(9, 2), false));

            assertThat(first.current(false).dir()).isEqualTo(dir.resolve("gen-2"));
            assertThat(first.current(false).ownership().liveBuilds()).containsOnlyKeys(9);
        }
    }

    @Test
    void shouldReplaceEvenWithoutALoadableGeneration() throws IOException {
        Files.writeString(dir.resolve(Generations.CURRENT), "gen-4");
        Files.createDirectories(dir.resolve("gen-3"));

        try (Generations generations = Generations.unloaded(dir)) {
            generations.replace(fresh -> Appender.append(fresh, build(2, 1), false));

            assertThat(Files.readString(dir.resolve(Generations.CURRENT))).isEqualTo("gen-4");
            assertThat(folders()).containsExactly("gen-4");
        }
    }

    @Test
    void shouldFollowTheNewestCompleteGenerationWhenCurrentIsGone() throws IOException {
        try (Generations generations = Generations.open(dir)) {
            generations.replace(fresh -> Appender.append(fresh, build(5, 1), false));
            Files.delete(dir.resolve(Generations.CURRENT));

            assertThat(generations.current(false).dir()).isEqualTo(dir.resolve("gen-2"));
            assertThat(generations.current(false).ownership().liveBuilds()).containsOnlyKeys(5);
            assertThat(dir.resolve(Generations.CURRENT)).as("readers repair nothing").doesNotExist();
            generations.current(true);
            assertThat(dir.resolve(Generations.CURRENT)).hasContent("gen-2");
        }
    }

    @Test
    void shouldMarkFilledGenerationsCompleteAndTheLiveOneOfTheFirstFormat() throws IOException {
        try (Generations generations = Generations.open(dir)) {
            assertThat(dir.resolve("gen-1").resolve(Generations.COMPLETE)).exists();
            generations.replace(fresh -> Appender.append(fresh, build(5, 1), false));
            assertThat(dir.resolve("gen-2").resolve(Generations.COMPLETE)).exists();
        }
        Files.delete(dir.resolve("gen-2").resolve(Generations.COMPLETE));

        try (Generations generations = Generations.open(dir)) {
            assertThat(dir.resolve("gen-2").resolve(Generations.COMPLETE)).exists();
        }
    }

    private java.util.List<String> folders() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
