package io.jenkins.plugins.perftracker.core.store.index;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.*;

class RecordFileTest {
    @TempDir
    private Path dir;
    private Path file;

    @BeforeEach
    void createFile() {
        file = dir.resolve("records");
    }

    @Test
    void shouldScanBackWhatWasAppended() throws IOException {
        try (FileChannel channel = open()) {
            long end = 0;
            for (int i = 1; i <= 5; i++) {
                end = RecordFile.append(channel, end, new ByteSink(8).putVarLong(i * 1000L).putString("r" + i));
            }
            assertThat(end).isEqualTo(channel.size());

            List<String> read = new ArrayList<>();
            long scanned = RecordFile.scan(file, channel, 0, p -> read.add(p.getVarLong() + p.getString()));

            assertThat(read).containsExactly("1000r1", "2000r2", "3000r3", "4000r4", "5000r5");
            assertThat(scanned).isEqualTo(end);
        }
    }

    @Test
    void shouldScanFromAPositionOn() throws IOException {
        try (FileChannel channel = open()) {
            long first = RecordFile.append(channel, 0, new ByteSink(8).putVarLong(1));
            RecordFile.append(channel, first, new ByteSink(8).putVarLong(2));

            List<Long> read = new ArrayList<>();
            RecordFile.scan(file, channel, first, p -> read.add(p.getVarLong()));

            assertThat(read).containsExactly(2L);
        }
    }

    @Test
    void shouldStopAtAFrameThatFailsItsChecksum() throws IOException {
        long valid = appendTwoRecords();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);

        assertThat(scanCount()).isEqualTo(1);
        try (FileChannel channel = open()) {
            assertThat(RecordFile.scan(file, channel, 0, p -> p.getVarLong())).isEqualTo(valid / 2);
        }
    }

    @Test
    void shouldStopAtLengthsThatCannotBeTrue() throws IOException {
        for (int length : new int[] {0, -1, RecordFile.MAX_RECORD + 1, 1000}) {
            Files.deleteIfExists(file);
            appendTwoRecords();
            Files.write(file, ByteBuffer.allocate(9).putInt(length).putInt(0).put((byte) 1).array(),
                    StandardOpenOption.APPEND);

            assertThat(scanCount()).as("length %d", length).isEqualTo(2);
        }
    }

    @Test
    void shouldStopAtAHeaderCutShort() throws IOException {
        appendTwoRecords();
        Files.write(file, new byte[] {0, 0, 0}, StandardOpenOption.APPEND);

        assertThat(scanCount()).isEqualTo(2);
    }

    @Test
    void shouldReportARecordThatPassesItsChecksumButHasBytesLeftOver() throws IOException {
        try (FileChannel channel = open()) {
            RecordFile.append(channel, 0, new ByteSink(8).putVarLong(1).putVarLong(2));

            assertThatThrownBy(() -> RecordFile.scan(file, channel, 0, p -> p.getVarLong()))
                    .isInstanceOf(IndexCorruptException.class)
                    .hasMessageStartingWith(file + ": the record at byte 0 passes its checksum but does not decode")
                    .hasMessageContaining("trailing bytes");
        }
    }

    @Test
    void shouldReportARecordThatEndsTooEarly() throws IOException {
        try (FileChannel channel = open()) {
            RecordFile.append(channel, 0, new ByteSink(8).put(1));

            assertThatThrownBy(() -> RecordFile.scan(file, channel, 0, p -> p.getLong()))
                    .isInstanceOf(IndexCorruptException.class).hasMessageContaining("at byte 0");
        }
    }

    @Test
    void shouldOverwriteATornTailWhenAppendingAtTheValidEnd() throws IOException {
        long valid = appendTwoRecords();
        Files.write(file, new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, StandardOpenOption.APPEND);

        try (FileChannel channel = open()) {
            long end = RecordFile.append(channel, valid, new ByteSink(8).putVarLong(3));
            channel.truncate(end);
        }

        assertThat(scanCount()).isEqualTo(3);
    }

    @Test
    void shouldReportAFlipAtEveryByteOfARecordThatOthersFollow() throws IOException {
        long[] ends = appendRecords(3);
        byte[] intact = Files.readAllBytes(file);

        for (long at = ends[0]; at < ends[1]; at++) {
            byte[] bytes = intact.clone();
            bytes[(int) at] ^= 0x04;
            Files.write(file, bytes);

            assertThatThrownBy(this::scanCount).as("flip at %d", at).isInstanceOf(IndexCorruptException.class)
                    .hasMessageStartingWith(file + ": the record at byte " + ends[0] + " ")
                    .hasMessageContaining("yet whole records follow it");
            assertThat(Files.size(file)).isEqualTo(intact.length);
        }
    }

    @Test
    void shouldTakeALongRandomTailWithoutWholeRecordsForATornWrite() throws IOException {
        appendTwoRecords();
        byte[] garbage = new byte[200_000];
        new java.util.Random(11).nextBytes(garbage);
        Files.write(file, garbage, StandardOpenOption.APPEND);

        assertThat(scanCount()).isEqualTo(2);
    }

    @Test
    void shouldFindAWholeRecordFarBehindAZeroedStretch() throws IOException {
        long[] ends = appendRecords(1);
        Files.write(file, new byte[150_000], StandardOpenOption.APPEND);
        try (FileChannel channel = open()) {
            RecordFile.append(channel, channel.size(), new ByteSink(8).putVarLong(7));
        }

        assertThatThrownBy(this::scanCount).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("the record at byte " + ends[0] + " has an impossible length of 0 bytes");
    }

    /** Appends {@code count} records; returns where each ends. */
    private long[] appendRecords(final int count) throws IOException {
        long[] ends = new long[count];
        try (FileChannel channel = open()) {
            long end = 0;
            for (int i = 0; i < count; i++) {
                end = RecordFile.append(channel, end, new ByteSink(16).putVarLong(100_000L + i));
                ends[i] = end;
            }
        }
        return ends;
    }

    private long appendTwoRecords() throws IOException {
        try (FileChannel channel = open()) {
            long end = RecordFile.append(channel, 0, new ByteSink(8).putVarLong(1));
            return RecordFile.append(channel, end, new ByteSink(8).putVarLong(2));
        }
    }

    private int scanCount() throws IOException {
        try (FileChannel channel = open()) {
            int[] count = new int[1];
            RecordFile.scan(file, channel, 0, p -> {
                p.getVarLong();
                count[0]++;
            });
            return count[0];
        }
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
}
