package io.jenkins.plugins.perftracker.core.store;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class RecordFormatExceptionTest {
    @Test
    void shouldBuildThePathFromTheInnermostElementOutwards() {
        RecordFormatException inner = new RecordFormatException("scores", "not a number", null);

        RecordFormatException outer = RecordFormatException.within("tests",
                RecordFormatException.within("test[3]", inner));

        assertThat(outer.getPath()).isEqualTo("tests/test[3]/scores");
        assertThat(outer.getProblem()).isEqualTo("not a number");
        assertThat(outer).hasMessage("tests/test[3]/scores: not a number");
    }

    @Test
    void shouldWrapOtherFailuresAndKeepThemAsCause() {
        InvalidValueException invalid = new InvalidValueException("cpus", "must not be negative but was -1");

        RecordFormatException wrapped = RecordFormatException.within("env-node[1]", invalid);

        assertThat(wrapped.getPath()).isEqualTo("env-node[1]");
        assertThat(wrapped.getProblem()).isEqualTo("cpus: must not be negative but was -1");
        assertThat(wrapped).hasCause(invalid);
    }

    @Test
    void shouldKeepTheOriginalCauseThroughEveryLevel() {
        NumberFormatException cause = new NumberFormatException("x");
        RecordFormatException inner = new RecordFormatException("loops", "an integer expected", cause);

        assertThat(RecordFormatException.within("test[1]", inner)).hasCause(cause);
    }
}
