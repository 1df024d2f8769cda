package io.jenkins.plugins.perftracker.core.store.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import static org.assertj.core.api.Assertions.*;

class TornTailTest {
    @TempDir
    private Path dir;

    @Test
    void shouldFindAWholeRecordAtAnyOffsetAfterTheBadFrame() throws IOException {
        try (FileChannel channel = open()) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[77]), 0);
            long end = RecordFile.append(channel, 77, new ByteSink(8).putVarLong(5));

            assertThat(TornTail.wholeRecordFollows(channel, 0, end)).isTrue();
            assertThat(TornTail.wholeRecordFollows(channel, 77, end)).as("only after the bad frame").isFalse();
        }
    }

    @Test
    void shouldGiveUpOnALongGarbageTailAndReportDamage() throws IOException {
        byte[] garbage = new byte[300_000];
        new Random(5).nextBytes(garbage);
        try (FileChannel channel = open()) {
            channel.write(java.nio.ByteBuffer.wrap(garbage), 0);

            assertThat(TornTail.wholeRecordFollows(channel, 0, garbage.length)).as("within the budget").isFalse();
            assertThat(TornTail.wholeRecordFollows(channel, 0, garbage.length, 1_000)).as("past it").isTrue();
        }
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(dir.resolve("records"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }
}
