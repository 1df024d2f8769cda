package io.jenkins.plugins.perftracker.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertThat(CsvLine.split("a,\"b,c\",\"d\"\"e\"")).containsExactly("a", "b,c", "d\"e");
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
