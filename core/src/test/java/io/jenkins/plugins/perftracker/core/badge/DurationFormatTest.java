package io.jenkins.plugins.perftracker.core.badge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class DurationFormatTest {
    @ParameterizedTest
    @CsvSource({"0, 0s", "45, 45s", "44.5, 45s", "44.49, 44s", "59.6, 1m 0s", "192, 3m 12s", "191.7, 3m 12s",
            "3605, 1h 0m 5s", "3600, 1h 0m 0s", "86399.5, 24h 0m 0s", "93784, 26h 3m 4s"})
    void shouldFormatLikeBuildtimeTrend(final double seconds, final String text) {
        assertThat(DurationFormat.format(seconds)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void shouldRefuseWhatIsNotADuration(final double seconds) {
        assertThatIllegalArgumentException().isThrownBy(() -> DurationFormat.format(seconds))
                .withMessageContaining("non-negative");
    }
}
