package io.jenkins.plugins.perftracker.core.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {
    @Test
    void shouldPadEveryColumnToItsWidestCellAndTrimLineEnds() {
        String text = new TextTable().row(List.of("series", "±", "x")).row(List.of("a", "12 ± 3%", ""))
                .render();
        assertThat(text).isEqualTo("series  ±        x\na       12 ± 3%\n");
    }

    @Test
    void shouldAcceptRowsOfDifferentLengths() {
        assertThat(new TextTable().row(List.of("a")).row(List.of("bb", "c")).render()).isEqualTo("a\nbb  c\n");
    }
}
