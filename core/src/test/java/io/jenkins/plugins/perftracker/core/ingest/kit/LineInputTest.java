package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class LineInputTest {
    @Test
    void shouldSplitAtEveryLineEnd() throws IOException {
        assertThat(lines(bytes("a\nb\r\nc\rd"), 100)).containsExactly("a", "b", "c", "d");
        assertThat(lines(bytes("a\n\nb\n"), 100)).containsExactly("a", "", "b");
        assertThat(lines(bytes(""), 100)).isEmpty();
    }

    @Test
    void shouldSkipAUtf8ByteOrderMark() throws IOException {
        byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("tag: a;\n"));

        assertThat(lines(marked, 100)).containsExactly("tag: a;");
    }

    @Test
    void shouldDecodeUtf16ByItsByteOrderMark() throws IOException {
        assertThat(lines("\uFEFFtag: \u00e9;\nx".getBytes(StandardCharsets.UTF_16LE), 100))
                .containsExactly("tag: \u00e9;", "x");
        assertThat(lines("\uFEFFtag: b;".getBytes(StandardCharsets.UTF_16BE), 100)).containsExactly("tag: b;");
    }

    @Test
    void shouldCutALongLineAndSayItWasCutWithoutLosingTheNext() throws IOException {
        try (LineInput in = new LineInput(new ByteArrayInputStream(bytes("x".repeat(50) + "\nshort\n")), 10)) {
            assertThat(in.next()).isEqualTo("x".repeat(10));
            assertThat(in.wasCut()).isTrue();
            assertThat(in.next()).isEqualTo("short");
            assertThat(in.wasCut()).isFalse();
            assertThat(in.number()).isEqualTo(2);
            assertThat(in.next()).isNull();
        }
    }

    @Test
    void shouldReplaceBytesThatAreNotUtf8() throws IOException {
        assertThat(lines(new byte[] {'a', (byte) 0xFF, 'b'}, 100)).containsExactly("a\uFFFDb");
    }

    private static List<String> lines(final byte[] content, final int max) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineInput in = new LineInput(new ByteArrayInputStream(content), max)) {
            for (String line = in.next(); line != null; line = in.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
