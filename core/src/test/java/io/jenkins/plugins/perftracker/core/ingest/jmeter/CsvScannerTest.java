package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

import static org.assertj.core.api.Assertions.*;

class CsvScannerTest {
    @Test
    void shouldSplitQuotedFieldsWithDelimitersLineBreaksAndDoubledQuotes() throws Exception {
        List<List<String>> records = scan("a,\"b,1\",c\r\n\"multi\nline \"\"quoted\"\"\",,x\nlast", 1 << 16);

        assertThat(records).containsExactly(List.of("a", "b,1", "c"),
                List.of("multi\nline \"quoted\"", "", "x"), List.of("last"));
    }

    @Test
    void shouldCountLinesInsideQuotedFields() throws Exception {
        CsvScanner scanner = scanner("h\n\"1\n2\n3\"\nnext\n", 1 << 16);

        assertThat(scanner.next()).isTrue();
        assertThat(scanner.line()).isEqualTo(1);
        assertThat(scanner.next()).isTrue();
        assertThat(scanner.line()).isEqualTo(2);
        assertThat(scanner.next()).isTrue();
        assertThat(scanner.line()).isEqualTo(5);
        assertThat(scanner.terminated()).isTrue();
        assertThat(scanner.next()).isFalse();
    }

    @Test
    void shouldTellARecordWithoutLineEnd() throws Exception {
        CsvScanner scanner = scanner("a,b\nc,", 1 << 16);

        scanner.next();
        assertThat(scanner.terminated()).isTrue();
        scanner.next();
        assertThat(scanner.terminated()).isFalse();
        assertThat(scanner.fields().count()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnUnclosedQuoteAtTheEnd() {
        assertThatThrownBy(() -> scan("a\n\"open, never closed\n", 3)).isInstanceOfSatisfying(CsvException.class,
                e -> {
                    assertThat(e.getLine()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("closing quote");
                });
    }

    @Test
    void shouldRefuseTextAfterAClosingQuote() {
        assertThatThrownBy(() -> scan("\"a\"b,c\n", 1 << 16)).isInstanceOf(CsvException.class)
                .hasMessageContaining("after the closing quote");
    }

    @Test
    void shouldRefuseARecordLongerThanTheLimit() {
        String huge = "\"" + "x".repeat(CsvScanner.MAX_RECORD + 10);
        assertThatThrownBy(() -> scan(huge, 1 << 16)).isInstanceOf(CsvException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void shouldAcceptCarriageReturnsAloneAsLineEndsAndOtherDelimiters() throws Exception {
        CsvScanner scanner = new CsvScanner(new ByteArrayInputStream("a;b\rc;\"d;e\"\r".getBytes(
                StandardCharsets.UTF_8)), (byte) ';');
        List<List<String>> records = new ArrayList<>();
        while (scanner.next()) {
            records.add(List.of(scanner.fields().text(0), scanner.fields().text(1)));
        }

        assertThat(records).containsExactly(List.of("a", "b"), List.of("c", "d;e"));
    }

    @Test
    void shouldGiveAnEmptyLastFieldAfterATrailingDelimiter() throws Exception {
        assertThat(scan("a,b,", 2)).containsExactly(List.of("a", "b", ""));
        assertThat(scan("", 2)).isEmpty();
    }

    /** Whatever the fields hold and however the input arrives, scanning undoes RFC 4180 quoting. */
    @Property(tries = 300)
    void shouldReadBackWhatWasWritten(
            @ForAll @Size(min = 1, max = 6) List<@Size(min = 1, max = 5) List<@StringLength(max = 8)
                    @Chars({'a', 'b', ',', '"', '\n', '\r', ' ', 'é'}) String>> records,
            @ForAll @IntRange(min = 1, max = 9) int chunk) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (List<String> record : records) {
            List<String> quoted = record.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").toList();
            csv.append(String.join(",", quoted)).append("\r\n");
        }

        assertThat(scan(csv.toString(), chunk)).isEqualTo(records);
    }

    private static List<List<String>> scan(final String text, final int chunk) throws IOException, CsvException {
        CsvScanner scanner = scanner(text, chunk);
        List<List<String>> records = new ArrayList<>();
        while (scanner.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < scanner.fields().count(); i++) {
                fields.add(scanner.fields().text(i));
            }
            records.add(fields);
        }
        return records;
    }

    /** A scanner whose input arrives at most {@code chunk} bytes per read, to cross every buffer boundary. */
    private static CsvScanner scanner(final String text, final int chunk) {
        InputStream in = new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(final byte[] b, final int off, final int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        return new CsvScanner(in, (byte) ',');
    }
}
