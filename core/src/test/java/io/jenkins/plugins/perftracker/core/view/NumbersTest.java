package io.jenkins.plugins.perftracker.core.view;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {
    @ParameterizedTest
    @CsvSource({"1234.6,1235", "100.4,100", "99.94,99.9", "1.23456,1.23", "0.0012345,0.00123", "0,0", "-250.5,-251",
            "NaN,-", "Infinity,-"})
    void shouldHumaniseScoresAsPerfTrackerDoes(final double value, final String expected) {
        assertThat(Numbers.score(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.125,+12.5%", "-0.15,-15%", "0,0%", "0.00004,0%", "NaN,-"})
    void shouldShowChangesAsSignedPercentages(final double value, final String expected) {
        assertThat(Numbers.percent(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-0.17199,-17.20%", "0.0015,+0.15%", "0,+0.00%", "-0.3105,-31.05%", "0.9999,+99.99%", "1,2.00×",
            "32.15,33.15×", "-0.97,-97.00%", "NaN,-", "Infinity,-"})
    void shouldPrintTheOneChangeAsBenchstatDoesOrAsAFactor(final double value, final String expected) {
        assertThat(Numbers.change(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.0339,+3.39% better", "0.59,-41.00% worse", "1,+0.00% (no change)", "NaN,-"})
    void shouldOrientTheOverallChangeSoItsSignAgreesWithItsWord(final double value, final String expected) {
        assertThat(Numbers.oriented(value)).isEqualTo(expected);
    }
}
