package io.jenkins.plugins.perftracker.core.badge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class ShieldsTextTest {
    @ParameterizedTest
    @CsvSource({"buildtime_(week), buildtime (week)", "last_fail, last fail", "snake__case, snake_case",
            "a--b, a-b", "a-b, a-b", "___, '_ '", "plain, plain", "'', ''"})
    void shouldDecodeShieldsPathNotation(final String text, final String decoded) {
        assertThat(ShieldsText.decode(text)).isEqualTo(decoded);
    }
}
