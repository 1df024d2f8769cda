package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

import static io.jenkins.plugins.perftracker.core.buildtime.index.BuildTimeIndexTest.*;
import static org.assertj.core.api.Assertions.*;

class IndexRebuildTest {
    @TempDir
    Path dir;

    @Test
    void shouldRebuildADamagedIndexFromTheBuildRecords() throws IOException {
        Path file = dir.resolve("buildtimes.idx");
        try (BuildTimeIndex index = BuildTimeIndex.open(file)) {
            index.append(record(1, 1));
            index.append(record(2, 2));
        }
        flipByteAt(file, 20);
        assertThatThrownBy(() -> BuildTimeIndex.open(file)).isInstanceOf(BuildTimeIndexCorruptException.class);

        Files.delete(file);
        try (BuildTimeIndex index = BuildTimeIndex.open(file); IndexRebuild rebuild = index.startRebuild()) {
            rebuild.add(record(1, 1));
            rebuild.add(record(2, 2));
            rebuild.commit();
            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("1", "2");
        }
    }

    @Test
    void shouldKeepChangesMadeWhileTheRebuildRan() throws IOException {
        Path file = dir.resolve("buildtimes.idx");
        try (BuildTimeIndex index = BuildTimeIndex.open(file)) {
            index.append(record(1, 1));
            index.append(record(2, 2));
            IndexRebuild rebuild = index.startRebuild();
            rebuild.add(record(1, 1));
            index.append(record(3, 3));
            index.remove("2");
            rebuild.add(record(2, 2));
            assertThatThrownBy(index::startRebuild).isInstanceOf(IllegalStateException.class);
            assertThat(rebuild.getAdded()).isEqualTo(2);
            rebuild.commit();

            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("1", "3");
            assertThatThrownBy(() -> rebuild.add(record(4, 4))).isInstanceOf(IllegalStateException.class);
        }
        try (BuildTimeIndex index = BuildTimeIndex.open(file)) {
            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("1", "3");
        }
        assertThat(dir.resolve("buildtimes.idx.rebuild")).doesNotExist();
    }

    @Test
    void shouldLeaveTheIndexAsItWasWhenARebuildIsAbandoned() throws IOException {
        Path file = dir.resolve("buildtimes.idx");
        try (BuildTimeIndex index = BuildTimeIndex.open(file)) {
            index.append(record(1, 1));
            try (IndexRebuild rebuild = index.startRebuild()) {
                rebuild.add(record(5, 5));
            }
            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("1");
            assertThat(dir.resolve("buildtimes.idx.rebuild")).doesNotExist();
            index.startRebuild().close();
        }
    }
}
