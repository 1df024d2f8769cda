package io.jenkins.plugins.perftracker.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtavaCsvTest {
    private static final Path SAMPLES = Path.of("src", "test", "resources", "report", "otava");

    @TempDir
    Path dir;

    @Test
    void shouldReadOtavasExampleWithCommitsAsBuildLabels() throws BadInputException {
        History history = OtavaCsv.read(SAMPLES.resolve("sample.csv"), "demo");
        assertThat(history.builds()).hasSize(10).first().satisfies(b -> assertThat(b.label()).isEqualTo("aaa0"));
        assertThat(history.series()).extracting(c -> c.key().getTag()).containsExactly("metric1", "metric2");
        assertThat(history.series().get(0).values()).startsWith(154_023, 138_455);
        assertThat(history.series().get(1).values()).endsWith(9.13, 9.03);
        assertThat(history.series().get(0).key().getGroup()).isEqualTo("demo");
    }

    @Test
    void shouldKeepTextColumnsSuchAsTheBranchOutOfTheSeries() throws BadInputException {
        History history = OtavaCsv.read(SAMPLES.resolve("sample_multi_branch.csv"), "");
        assertThat(history.series()).extracting(c -> c.key().getTag()).containsExactly("metric1", "metric2");
    }

    @Test
    void shouldReadQuotedCellsCommentsAndEmptyValues() throws Exception {
        Path csv = write("# a comment\nbuild,\"name, with comma\",x\n1,\"a \"\"b\"\"\",1.5\n\n2,c,\n");
        History history = OtavaCsv.read(csv, "");
        assertThat(history.builds()).extracting(b -> b.label()).containsExactly("1", "2");
        assertThat(history.series()).singleElement().satisfies(c -> {
            assertThat(c.key().getTag()).isEqualTo("x");
            assertThat(c.values()[0]).isEqualTo(1.5);
            assertThat(c.values()[1]).isNaN();
        });
    }

    @Test
    void shouldUnquoteCellsAndSplitLinesAsReadLineDoes() throws Exception {
        String text = "a,\"b,c\",\"d\"\"e\"\r\n\r\n  \n# note\rx, 1.5 ,\n";
        try (CsvRecords records = new CsvRecords(new java.io.StringReader(text), Path.of("h.csv"))) {
            assertThat(records.next()).isTrue();
            assertThat(List.of(records.text(0), records.text(1), records.text(2))).containsExactly("a", "b,c", "d\"e");
            assertThat(records.next()).isTrue();
            assertThat(records.line()).isEqualTo(5);
            assertThat(records.size()).isEqualTo(3);
            assertThat(records.number(1)).isEqualTo(1.5);
            assertThat(records.number(2)).isNaN();
            assertThatThrownBy(() -> records.number(0)).isInstanceOf(NumberFormatException.class);
            assertThat(records.next()).isFalse();
        }
    }

    @Test
    void shouldRefuseAnOverlongLineWithoutReadingItWhole() throws IOException {
        Path csv = write("time,a\n1,2\n3," + "4".repeat(CsvRecords.MAX_LINE) + "\n5,6\n");
        assertThatThrownBy(() -> OtavaCsv.read(csv, "")).isInstanceOf(BadInputException.class)
                .hasMessage(csv + ", line 3: a line of at most " + CsvRecords.MAX_LINE
                        + " characters expected but it is longer");
    }

    @Test
    void shouldDropAColumnAtItsFirstTextCellAndKeepTheOthersNumbers() throws Exception {
        Path csv = write("time,a,b,commit\n1,2,3,abc\n2,4,n/a,def\n3,,5,ghi\n");
        History history = OtavaCsv.read(csv, "");
        assertThat(history.series()).singleElement().satisfies(c -> {
            assertThat(c.key().getTag()).isEqualTo("a");
            assertThat(c.values()).hasSize(3).startsWith(2, 4);
            assertThat(c.lessIsBetter()).isTrue();
        });
        assertThat(history.builds()).extracting(b -> b.label()).containsExactly("abc", "def", "ghi");
    }

    @Test
    void shouldNameTheLineOfARowOfTheWrongWidth() throws IOException {
        Path csv = write("time,a\n1,2\n2,3,4\n");
        assertThatThrownBy(() -> OtavaCsv.read(csv, "")).isInstanceOf(BadInputException.class)
                .hasMessage(csv + ", line 3: 2 columns expected but found 3");
    }

    @Test
    void shouldRefuseAHistoryWithoutNumbers() throws IOException {
        Path text = write("time,commit\n1,abc\n");
        assertThatThrownBy(() -> OtavaCsv.read(text, "")).hasMessageContaining("line 1: at least one numeric series");
        Path empty = write("");
        assertThatThrownBy(() -> OtavaCsv.read(empty, "")).hasMessageContaining("a header with a build column");
        assertThatThrownBy(() -> OtavaCsv.read(dir.resolve("missing.csv"), "")).hasMessageContaining("cannot be read");
    }

    private Path write(final String text) throws IOException {
        Path file = Files.createTempFile(dir, "history", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
