package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class CsvRowTest {
    private static String[] split(final String line) throws ResultFormatException {
        return CsvRow.split(line, Path.of("t.csv"), 7);
    }

    @Test
    void shouldSplitQuotedAndPlainFields() throws Exception {
        assertThat(split("\"stage1\",\"1396378735\"")).containsExactly("stage1", "1396378735");
        assertThat(split("stage1,1396378735")).containsExactly("stage1", "1396378735");
        assertThat(split("\"a,b\",1,extra")).containsExactly("a,b", "1", "extra");
        assertThat(split("\"say \"\"x\"\"\",2")).containsExactly("say \"x\"", "2");
        assertThat(split(",")).containsExactly("", "");
    }

    @Test
    void shouldRefuseASingleFieldOrAnOpenQuoteWithFileAndLine() {
        assertThatThrownBy(() -> split("stage1")).isInstanceOf(ResultFormatException.class)
                .hasMessage("t.csv, line 7: \"event\",timestamp expected but was 'stage1'");
        assertThatThrownBy(() -> split("\"stage1,1")).hasMessageContaining("line 7");
    }
}
