package io.jenkins.plugins.perftracker.core.report;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordsPropertyTest {
    /** Writes cells as RFC 4180 does: quoted when they hold a comma or a quote, quotes doubled. */
    private static String write(final List<String> cells) {
        return cells.stream().map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                .collect(Collectors.joining(","));
    }

    @Property
    void shouldSplitWhatACsvWriterJoined(@ForAll @Size(min = 1, max = 8) final List<@StringLength(max = 12)
            @Chars({'a', 'b', ',', '"', ' ', '1', '.'}) String> cells) throws Exception {
        Assume.that(!write(cells).isBlank()); // a blank line is no record
        try (CsvRecords records = new CsvRecords(new StringReader("x\n" + write(cells) + "\n"), Path.of("h.csv"))) {
            records.next();
            assertThat(records.next()).isTrue();
            List<String> read = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                read.add(records.text(i));
            }
            assertThat(read).containsExactlyElementsOf(cells);
        }
    }
}
