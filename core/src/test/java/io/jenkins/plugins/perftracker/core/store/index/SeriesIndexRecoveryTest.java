package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

/** Crashes at every point of a write: whatever was stored before the torn write survives. */
class SeriesIndexRecoveryTest {
    @TempDir
    private Path dir;

    @Test
    void shouldRecoverFromALogRecordCutAtEveryByte() throws IOException {
        appendBuilds(1, 3, 1000);
        Path log = generation().resolve(Generation.LOG);
        long before = Files.size(log);
        appendBuilds(4, 4, 1000);
        byte[] full = Files.readAllBytes(log);

        for (int cut = (int) before; cut < full.length; cut++) {
            Files.write(log, Arrays.copyOf(full, cut));
            try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
                assertThat(index.builds()).as("cut at %d", cut).extracting(IndexedBuild::build)
                        .containsExactly(1, 2, 3);
                assertThat(Files.size(log)).isEqualTo(before);
                index.append(build(4, 3));
                assertThat(index.readSeries(key(2), 10)).extracting(SeriesPoint::build).containsExactly(1, 2, 3, 4);
            }
        }
    }

    @Test
    void shouldRecoverFromADictionaryRecordCutAtEveryByte() throws IOException {
        appendBuilds(1, 2, 1000);
        Path dictionary = generation().resolve(Generation.DICTIONARY);
        Path log = generation().resolve(Generation.LOG);
        long before = Files.size(dictionary);
        byte[] logBefore = Files.readAllBytes(log);
        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            index.append(build(3, 5));
        }
        byte[] full = Files.readAllBytes(dictionary);

        for (int cut = (int) before; cut < full.length; cut++) {
            Files.write(dictionary, Arrays.copyOf(full, cut));
            Files.write(log, logBefore); // the crash came before the build's log record
            try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
                assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(1, 2);
                assertThat(index.series()).startsWith(info(0), info(1), info(2));
                index.append(build(3, 5));
                assertThat(index.readSeries(key(4), 10)).extracting(SeriesPoint::build).containsExactly(3);
            }
        }
    }

    @Test
    void shouldCutGarbageAppendedToTheLogAndTheDictionary() throws IOException {
        appendBuilds(1, 4, 1000);
        Path log = generation().resolve(Generation.LOG);
        Path dictionary = generation().resolve(Generation.DICTIONARY);
        long logSize = Files.size(log);
        long dictionarySize = Files.size(dictionary);
        byte[] garbage = new byte[300];
        new Random(7).nextBytes(garbage);
        Files.write(log, garbage, java.nio.file.StandardOpenOption.APPEND);
        Files.write(dictionary, ByteBuffer.allocate(12).putInt(10).putInt(0).putInt(-1).array(),
                java.nio.file.StandardOpenOption.APPEND);

        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            assertThat(index.builds()).hasSize(4);
            assertThat(index.series()).containsExactly(info(0), info(1), info(2));
        }
        assertThat(Files.size(log)).isEqualTo(logSize);
        assertThat(Files.size(dictionary)).isEqualTo(dictionarySize);
    }

    @Test
    void shouldSkipLogRecordsASegmentAlreadyHolds() throws IOException {
        appendBuilds(1, 6, 1000);
        Path log = generation().resolve(Generation.LOG);
        byte[] uncompacted = Files.readAllBytes(log);
        appendBuilds(7, 7, 7); // compacts builds 1..7 and empties the log

        Files.write(log, uncompacted); // as if the crash came before the log was emptied

        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            assertThat(index.readSeries(key(0), 100)).extracting(SeriesPoint::build)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7);
            index.append(build(8, 3));
            index.removeBuild(2);
            assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(1, 3, 4, 5, 6, 7, 8);
        }
    }

    @Test
    void shouldDropSegmentsThatAMergeCovers() throws IOException {
        appendBuilds(1, 2, 2);
        Path first = segments().get(0);
        byte[] firstBytes = Files.readAllBytes(first);
        appendBuilds(3, 8, 2); // merges the first segment away
        assertThat(segments()).doesNotContain(first);

        Files.write(first, firstBytes); // as if the crash came before the merge deleted its inputs
        Files.writeString(generation().resolve(".seg-x.col12345.tmp"), "half a segment");

        try (SeriesIndex index = SeriesIndex.open(dir, 2)) {
            assertThat(index.readSeries(key(1), 100)).extracting(SeriesPoint::build)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
        assertThat(first).doesNotExist();
        assertThat(generation().resolve(".seg-x.col12345.tmp")).doesNotExist();
    }

    @Test
    void shouldReportADamagedSegmentAndRecreateTheIndex() throws IOException {
        appendBuilds(1, 4, 4);
        Path segment = segments().get(0);
        byte[] bytes = Files.readAllBytes(segment);
        bytes[SegmentWriter.HEADER_BYTES] ^= 0x55;
        Files.write(segment, bytes);

        assertThatThrownBy(() -> SeriesIndex.open(dir)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining(segment.getFileName().toString())
                .hasMessageContaining("fails its checksum").hasMessageEndingWith("rebuild the index from the build records");

        try (SeriesIndex index = SeriesIndex.recreate(dir, List.of(build(1, 3), build(2, 3)))) {
            assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(1, 2);
        }
        try (SeriesIndex index = SeriesIndex.open(dir)) {
            assertThat(index.readSeries(key(0), 10)).hasSize(2);
        }
    }

    @Test
    void shouldReportDamagedPointsWhenReadingThemAll() throws IOException {
        appendBuilds(1, 4, 4);
        Path segment = segments().get(0);
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 2] ^= 0x55;
        Files.write(segment, bytes);

        try (SeriesIndex index = SeriesIndex.open(dir)) {
            assertThatThrownBy(() -> index.readLastBuilds(10)).isInstanceOf(IndexCorruptException.class)
                    .hasMessageContaining("points (bytes").hasMessageContaining("fail their checksum");
            index.rebuild(List.of(build(9, 2)));
            assertThat(index.readLastBuilds(10)).hasSize(2);
        }
    }

    @Test
    void shouldReportALogRecordThatPassesItsChecksumButDoesNotDecode() throws IOException {
        appendBuilds(1, 1, 1000);
        ByteSink payload = new ByteSink(8).put(9).putVarLong(2).putVarLong(2);
        byte[] frame = ByteBuffer.allocate(8 + payload.size()).putInt(payload.size())
                .putInt(RecordFile.crc(payload.array(), payload.size())).put(payload.toArray()).array();
        Files.write(generation().resolve(Generation.LOG), frame, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> SeriesIndex.open(dir)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("passes its checksum but does not decode (unknown record kind 9)");
    }

    @Test
    void shouldDeleteStrayGenerationsAndTakeTheLiveOneForABadCurrentFile() throws IOException {
        appendBuilds(1, 1, 1000);
        Files.createDirectories(dir.resolve("gen-7"));
        try (SeriesIndex index = SeriesIndex.open(dir)) {
            assertThat(index.builds()).hasSize(1);
        }
        assertThat(dir.resolve("gen-7")).doesNotExist();

        Files.writeString(dir.resolve(Generations.CURRENT), "../elsewhere");

        try (SeriesIndex index = SeriesIndex.open(dir)) {
            assertThat(index.builds()).hasSize(1);
        }
        assertThat(dir.resolve(Generations.CURRENT)).hasContent("gen-1");
    }

    @Test
    void shouldReportACurrentFileNamingAGenerationThatIsGone() throws IOException {
        appendBuilds(1, 1, 1000);
        Files.writeString(dir.resolve(Generations.CURRENT), "gen-2");

        assertThatThrownBy(() -> SeriesIndex.open(dir)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("CURRENT names 'gen-2', which is no generation folder, and no complete "
                        + "generation can take its place");
        assertThat(dir.resolve("gen-1")).isDirectory();
    }

    private void appendBuilds(final int from, final int to, final int maxLogRecords) throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, maxLogRecords)) {
            for (int b = from; b <= to; b++) {
                index.append(build(b, 3));
            }
        }
    }

    private Path generation() throws IOException {
        return dir.resolve(Files.readString(dir.resolve(Generations.CURRENT)).trim());
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(generation())) {
            return files.filter(f -> f.getFileName().toString().startsWith("seg-")).sorted().toList();
        }
    }
}
