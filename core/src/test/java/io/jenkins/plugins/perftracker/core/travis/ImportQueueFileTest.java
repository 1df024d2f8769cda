package io.jenkins.plugins.perftracker.core.travis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.*;

class ImportQueueFileTest {
    private static final RepoSlug SLUG = new RepoSlug("buildtimetrend", "python-lib");

    @TempDir
    Path dir;

    @Test
    void shouldReadBackWhatItSaved() throws IOException {
        Path file = dir.resolve("queue/travis-queue.json");
        List<ImportTask> tasks = List.of(ImportTask.of(SLUG, 1203, 129_387_521L, Instant.parse("2026-01-01T00:00:10Z")),
                new ImportTask(SLUG, 1204, 0, 2, Instant.parse("2026-01-01T00:30:00Z"), "…/build answered 503: ü"));

        ImportQueueFile.save(file, tasks);

        assertThat(ImportQueueFile.load(file).tasks()).isEqualTo(tasks);
        assertThat(Files.exists(dir.resolve("queue/travis-queue.json.tmp"))).isFalse();
    }

    @Test
    void shouldLoadNothingWhenThereIsNoFile() throws IOException {
        assertThat(ImportQueueFile.load(dir.resolve("missing.json")).tasks()).isEmpty();
    }

    @Test
    void shouldSkipBrokenEntriesAndNameThem() throws IOException {
        Path file = dir.resolve("q.json");
        Files.writeString(file, "[{\"repo\":\"a/b\",\"number\":1,\"id\":0,\"attempts\":0,\"due\":\"2026-01-01T00:00:00Z\"},"
                + "{\"repo\":\"../etc\",\"number\":2,\"attempts\":0,\"due\":\"2026-01-01T00:00:00Z\"},"
                + "{\"repo\":\"a/b\",\"number\":0,\"attempts\":0,\"due\":\"x\"},"
                + "{\"repo\":\"a/b\",\"number\":3,\"attempts\":0,\"due\":\"yesterday\"}]");

        ImportQueueFile.Loaded loaded = ImportQueueFile.load(file);

        assertThat(loaded.tasks()).extracting(ImportTask::buildNumber).containsExactly(1);
        assertThat(loaded.problems()).hasSize(3);
        assertThat(loaded.problems().get(0)).contains("entry 1").contains("repo");
    }

    @Test
    void shouldRefuseAFileThatIsNotAQueue() throws IOException {
        Path file = dir.resolve("q.json");
        Files.writeString(file, "{\"tasks\":[]}");

        assertThatIOException().isThrownBy(() -> ImportQueueFile.load(file)).withMessageContaining("JSON array");
    }
}
