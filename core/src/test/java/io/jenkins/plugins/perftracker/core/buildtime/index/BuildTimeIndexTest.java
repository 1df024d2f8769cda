package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
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
import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;

import static org.assertj.core.api.Assertions.*;

class BuildTimeIndexTest {
    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    static BuildTimeRecord record(final int build, final String job, final long finishedAfterHours) {
        Instant finished = T0.plus(Duration.ofHours(finishedAfterHours));
        return BuildTimeRecord.builder().repo("folder/app").build(String.valueOf(build)).job(job).branch("main")
                .result(BuildResult.FAILED).trigger(Trigger.PUSH).agent(Agent.of("linux-7", "Linux"))
                .matrix(BuildMatrix.of(Map.of("os", "linux", "jdk", "17")))
                .queuedAt(finished.minusSeconds(700)).startedAt(finished.minusSeconds(600)).finishedAt(finished)
                .stage(StageTiming.builder("Build").start(finished.minusSeconds(600))
                        .duration(Duration.ofMillis(100_123)).status(StageStatus.SUCCESS)
                        .child(StageTiming.builder("Parallel").child(StageTiming.builder("unit")
                                .pause(Duration.ofSeconds(5)).status(StageStatus.UNSTABLE))))
                .stage(StageTiming.builder("Test").command("mvn test").duration(Duration.ofSeconds(400)))
                .build();
    }

    static BuildTimeRecord record(final int build, final long finishedAfterHours) {
        return record(build, String.valueOf(build), finishedAfterHours);
    }

    private Path file() {
        return dir.resolve("buildtimes.idx");
    }

    @Test
    void shouldRoundTripEveryFieldOfARecord() throws IOException {
        BuildTimeRecord original = record(42, "42.1", 5);
        BuildTimeRecord bare = BuildTimeRecord.builder().repo("r").build("7").result(BuildResult.PASSED)
                .finishedAt(T0).build();
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(original);
            index.append(bare);
        }
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            List<BuildTimeRecord> read = index.readAll();
            assertThat(read).hasSize(2);
            assertThat(read.get(1)).usingRecursiveComparison().ignoringFields("matrix.summary").isEqualTo(original);
            assertThat(read.get(0)).usingRecursiveComparison().isEqualTo(bare);
            assertThat(read.get(1).getMatrix().getSummary()).isEqualTo("17 linux");
        }
    }

    @Test
    void shouldReadOnlyTheRecordsFinishedInTheWindowInFinishOrder() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(3, 30));
            index.append(record(1, 10));
            index.append(record(2, 20));
            index.append(record(4, 40));

            assertThat(index.read(T0.plus(Duration.ofHours(10)), T0.plus(Duration.ofHours(30))))
                    .extracting(BuildTimeRecord::getBuild).containsExactly("1", "2");
            assertThat(index.read(T0.plus(Duration.ofHours(25)), null)).extracting(BuildTimeRecord::getBuild)
                    .containsExactly("3", "4");
            assertThat(index.readLatest(2)).extracting(BuildTimeRecord::getBuild).containsExactly("3", "4");
            assertThat(index.readLatest(10)).hasSize(4);
        }
    }

    @Test
    void shouldReplaceARecordOfTheSameJobAndRemoveWholeBuilds() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(42, "42.1", 1));
            index.append(record(42, "42.2", 2));
            index.append(record(43, 3));
            index.append(record(42, "42.1", 4));
            assertThat(index.size()).isEqualTo(3);
            assertThat(index.readAll()).extracting(BuildTimeRecord::getJob).containsExactly("42.2", "43", "42.1");

            assertThat(index.remove("42", "42.2")).isTrue();
            assertThat(index.remove("42", "42.2")).isFalse();
            assertThat(index.getBuilds()).containsExactly("42", "43");
            assertThat(index.remove("42")).isTrue();
            assertThat(index.remove("99")).isFalse();
        }
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            assertThat(index.readAll()).extracting(BuildTimeRecord::getJob).containsExactly("43");
            assertThat(index.getTruncatedBytes()).isZero();
        }
    }

    @Test
    void shouldKeepDecodedRecordsOnlyUntilTheNextChange() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(1, 1));
            List<BuildTimeRecord> first = index.readAll();
            assertThat(index.readAll()).isSameAs(first);
            assertThat(index.read(T0, null)).extracting(BuildTimeRecord::getBuild).containsExactly("1");

            index.append(record(2, 2));
            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("1", "2");
            assertThat(index.read(T0.plus(Duration.ofMinutes(90)), null)).extracting(BuildTimeRecord::getBuild)
                    .containsExactly("2");
            index.remove("1");
            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("2");
            assertThatThrownBy(() -> index.readAll().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void shouldCutOffATornLastAppendAtEveryByte() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(1, 1));
            index.append(record(2, 2));
        }
        long whole = Files.size(file());
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(3, 3));
        }
        byte[] complete = Files.readAllBytes(file());
        for (int cut = (int) whole + 1; cut < complete.length; cut++) {
            Files.write(file(), java.util.Arrays.copyOf(complete, cut));
            try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
                assertThat(index.readAll()).as("cut at %d", cut).extracting(BuildTimeRecord::getBuild)
                        .containsExactly("1", "2");
                assertThat(index.getTruncatedBytes()).isEqualTo(cut - whole);
                index.append(record(4, 4));
            }
            try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
                assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("1", "2", "4");
            }
        }
    }

    @Test
    void shouldCutOffAWholeLengthWhosePayloadNeverReachedTheDisk() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(1, 1));
        }
        long whole = Files.size(file());
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(2, 2));
        }
        byte[] bytes = Files.readAllBytes(file());
        java.util.Arrays.fill(bytes, (int) whole + 8, bytes.length, (byte) 0);
        Files.write(file(), bytes);
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("1");
        }
    }

    @Test
    void shouldReportDamageBeforeTheLastRecordAsCorruption() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(1, 1));
            index.append(record(2, 2));
        }
        flipByteAt(file(), 40);

        assertThatThrownBy(() -> BuildTimeIndex.open(file())).isInstanceOf(BuildTimeIndexCorruptException.class)
                .hasMessageContaining("buildtimes.idx").hasMessageContaining("record at byte 8 fails its checksum")
                .hasMessageContaining("rebuild");
        assertThat(Files.size(file())).as("damage is reported, not cut off").isGreaterThan(40);
    }

    @Test
    void shouldReportARecordThatPassesItsChecksumButDoesNotDecode() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            index.append(record(1, 1));
        }
        ByteBuffer bogus = Frames.frame(bytes(new byte[] {9, 0, 0}));
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.seek(raf.length());
            raf.write(bogus.array());
        }

        assertThatThrownBy(() -> BuildTimeIndex.open(file())).isInstanceOf(BuildTimeIndexCorruptException.class)
                .hasMessageContaining("passes its checksum but does not decode (unknown record kind 9)");
    }

    @Test
    void shouldRefuseAFileThatIsNoIndex() throws IOException {
        Files.writeString(file(), "<?xml version='1.0'?><build/>");

        assertThatThrownBy(() -> BuildTimeIndex.open(file())).isInstanceOf(BuildTimeIndexCorruptException.class)
                .hasMessageContaining("wrong magic");
    }

    @Test
    void shouldKeepAtMostTheBoundDroppingTheOldestFinished() throws IOException {
        try (BuildTimeIndex index = BuildTimeIndex.open(file(), 3)) {
            for (int build = 1; build <= 5; build++) {
                index.append(record(build, 10 - build));
            }
            assertThat(index.getBuilds()).containsExactly("1", "2", "3");
        }
        try (BuildTimeIndex index = BuildTimeIndex.open(file(), 3)) {
            assertThat(index.getBuilds()).containsExactly("1", "2", "3");
        }
        assertThatThrownBy(() -> BuildTimeIndex.open(file(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCompactWhenRemovedRecordsOutweighLiveOnes() throws IOException {
        long largest = 0;
        try (BuildTimeIndex index = BuildTimeIndex.open(file(), 100, 16_384)) {
            for (int i = 0; i < 200; i++) {
                index.append(record(1 + i % 3, i));
                largest = Math.max(largest, Files.size(file()));
            }
            assertThat(index.size()).isEqualTo(3);
        }
        assertThat(largest).as("compacted by the append that passes the threshold").isGreaterThan(15_000)
                .isLessThanOrEqualTo(16_384);
        assertThat(Files.size(file())).isLessThan(4096);
        try (BuildTimeIndex index = BuildTimeIndex.open(file())) {
            assertThat(index.readAll()).extracting(BuildTimeRecord::getBuild).containsExactly("3", "1", "2");
            index.compact();
            assertThat(index.readAll()).hasSize(3);
        }
        assertThat(Files.size(file())).isLessThan(4096);
    }

    static void flipByteAt(final Path file, final long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x5a);
        }
    }

    private static java.io.ByteArrayOutputStream bytes(final byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(content);
        return out;
    }
}
