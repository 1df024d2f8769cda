package io.jenkins.plugins.perftracker.core.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class WelchIntervalTest {
    @Test
    void shouldMatchScipysWelchIntervalOnTheWikipediaExample() {
        Summary a1 = Summary.of(new double[] {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6,
                19.0, 21.7, 21.4});
        Summary a2 = Summary.of(new double[] {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1,
                22.9, 20.5, 24.4});

        ChangeEstimate change = WelchInterval.relativeChange(a2, a1, 0.95);

        // scipy 1.17 ttest_ind(a1, a2, equal_var=False).confidence_interval(0.95) of a1 - a2:
        // (-3.984096267140929, -0.3492370661924069); mean(a2) = 22.7866...
        assertThat(change.lower() * a2.mean()).isCloseTo(-3.984096267140929, within(1e-9));
        assertThat(change.upper() * a2.mean()).isCloseTo(-0.3492370661924069, within(1e-9));
        assertThat(change.change()).isCloseTo(a1.mean() / a2.mean() - 1, within(1e-12));
    }

    @Test
    void shouldHandleDegenerateSummaries() {
        assertThat(WelchInterval.relativeChange(new Summary(0, 1, 5), new Summary(1, 1, 5), 0.95).hasEstimate())
                .isFalse();
        ChangeEstimate single = WelchInterval.relativeChange(new Summary(10, 0, 1), new Summary(11, 0, 1), 0.95);
        assertThat(single.change()).isCloseTo(0.1, within(1e-12));
        assertThat(single.hasInterval()).isFalse();
        ChangeEstimate exact = WelchInterval.relativeChange(new Summary(10, 0, 3), new Summary(12, 0, 3), 0.95);
        assertThat(exact.lower()).isEqualTo(exact.upper()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void shouldInvertAChange() {
        ChangeEstimate doubled = new ChangeEstimate(1.0, 0.5, 3.0, 0.95);

        assertThat(doubled.inverse().change()).isCloseTo(-0.5, within(1e-12));
        assertThat(doubled.inverse().lower()).isCloseTo(-0.75, within(1e-12));
        assertThat(doubled.inverse().upper()).isCloseTo(1 / 1.5 - 1, within(1e-12));
    }
}
