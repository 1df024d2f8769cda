package io.jenkins.plugins.perftracker.core.stats;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class FixedPointTest {
    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 0.0005, 0.0015, 0.0025, -0.0005, 0.125, 0.375, 1.005, 2.675, -2.675, 0.9995,
            0.99949999, 1e-9, -1e-9, 1e-300, 123456789.1255, 1e20, 4.35, 0.045, 99.995, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void shouldWriteWhatTheFormatterWrites(final double value) {
        for (int decimals = 0; decimals <= 4; decimals++) {
            assertThat(FixedPoint.of(value, decimals))
                    .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
            assertThat(FixedPoint.signed(value, decimals))
                    .isEqualTo(String.format(Locale.ROOT, "%+." + decimals + "f", value));
        }
    }

    @Test
    void shouldAgreeWithTheFormatterOnManyRandomValues() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            double value = i % 2 == 0 ? random.nextDouble(-2, 2)
                    : Math.round(random.nextDouble(-1000, 1000) * 1000) / 1000.0 + 0.0005 * random.nextInt(-1, 2);
            assertThat(FixedPoint.signed(value, 2)).isEqualTo(String.format(Locale.ROOT, "%+.2f", value));
            assertThat(FixedPoint.of(value, 3)).isEqualTo(String.format(Locale.ROOT, "%.3f", value));
        }
    }
}
