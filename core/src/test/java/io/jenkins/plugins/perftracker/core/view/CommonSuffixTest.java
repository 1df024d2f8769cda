package io.jenkins.plugins.perftracker.core.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommonSuffixTest {
    @Test
    void shouldCutTheCommonWordsAndKeepTheNumbers() {
        CommonSuffix.Cut cut = CommonSuffix.cut(List.of("2 parallel users", "16 parallel users", "4 parallel users"))
                .orElseThrow();
        assertThat(cut.suffix()).isEqualTo("parallel users");
        assertThat(cut.values()).containsExactly(2, 16, 4);
    }

    @Test
    void shouldCutAtAWordBoundaryWhenTheNumbersEndAlike() {
        CommonSuffix.Cut cut = CommonSuffix.cut(List.of("12 users", "2 users", "0.5 users")).orElseThrow();
        assertThat(cut.suffix()).isEqualTo("users");
        assertThat(Arrays.stream(cut.values()).boxed()).containsExactly(12.0, 2.0, 0.5);
    }

    @Test
    void shouldAcceptBareNumbers() {
        assertThat(CommonSuffix.cut(List.of("1", "2", "30")).orElseThrow().suffix()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10ms|20ms|30ms", "small users|2 users|3 users", "1 a|2 b|3 c"})
    void shouldRefuseLabelsThatAreNotNumbersBeforeACommonSuffix(final String a, final String b, final String c) {
        assertThat(CommonSuffix.cut(List.of(a, b, c))).isEmpty();
    }

    @Test
    void shouldRefuseNoLabels() {
        assertThat(CommonSuffix.cut(List.of())).isEmpty();
    }
}
