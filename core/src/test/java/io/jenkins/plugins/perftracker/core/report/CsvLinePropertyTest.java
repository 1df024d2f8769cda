package io.jenkins.plugins.perftracker.core.report;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLinePropertyTest {
    /** Writes cells as RFC 4180 does: quoted when they hold a comma or a quote, quotes doubled. */
    private static String write(final List<String> cells) {
        return cells.stream().map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                .collect(Collectors.joining(","));
    }

    @Property
    void shouldSplitWhatACsvWriterJoined(@ForAll @Size(min = 1, max = 8) final List<@StringLength(max = 12)
            @Chars({'a', 'b', ',', '"', ' ', '1', '.'}) String> cells) {
        assertThat(CsvLine.split(write(cells))).containsExactlyElementsOf(cells);
    }
}
