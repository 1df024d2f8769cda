package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class BoundedLineReaderTest {
    private static final Path FILE = Path.of("huge.txt");

    @Test
    void shouldRefuseAnEndlessLineAfterReadingOnlyItsLimit() throws IOException {
        EndlessLine endless = new EndlessLine();
        try (BoundedLineReader reader = new BoundedLineReader(endless, FILE, 1 << 16)) {
            assertThatThrownBy(reader::next).isInstanceOf(ResultFormatException.class)
                    .hasMessage("huge.txt, line 1: a line of at most 65536 characters expected but it is longer");
        }
        assertThat(endless.read).isLessThan(200_000);
    }

    @Test
    void shouldNameTheLineThatIsTooLong() throws IOException, ResultFormatException {
        String text = "short\n\n" + "x".repeat(70_000) + "\nafter\n";
        try (BoundedLineReader reader = new BoundedLineReader(new StringReader(text), FILE, 1 << 16)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.next()).isTrue();
            assertThat(reader.length()).isZero();
            assertThatThrownBy(reader::next).hasMessageContaining("huge.txt, line 3: a line of at most 65536");
        }
    }

    @Test
    void shouldKeepALineOfExactlyTheLimit() throws IOException, ResultFormatException {
        try (BoundedLineReader reader = new BoundedLineReader(new StringReader("y".repeat(1000) + "\r\nz"), FILE, 1000)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.length()).isEqualTo(1000);
            assertThat(reader.next()).isTrue();
            assertThat(new String(reader.chars(), 0, reader.length())).isEqualTo("z");
            assertThat(reader.number()).isEqualTo(2);
            assertThat(reader.next()).isFalse();
        }
    }

    /** A line that never ends (what readLine would try to hold whole), counting what was read of it. */
    private static final class EndlessLine extends Reader {
        private long read;

        @Override
        public int read(final char[] buffer, final int offset, final int length) {
            Arrays.fill(buffer, offset, offset + length, 'B');
            read += length;
            return length;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
