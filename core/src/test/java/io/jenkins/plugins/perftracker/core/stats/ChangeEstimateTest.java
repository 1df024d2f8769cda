package io.jenkins.plugins.perftracker.core.stats;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.*;

class ChangeEstimateTest {
    @Test
    void shouldKeepOpenBoundsOpenWhenInverted() {
        ChangeEstimate open = new ChangeEstimate(0.1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.95);

        ChangeEstimate inverse = open.inverse();

        assertThat(inverse.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(inverse.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(inverse.change()).isCloseTo(1 / 1.1 - 1, within(1e-12));
        assertThat(inverse.hasInterval()).isFalse();
        assertThat(inverse.confidence()).isEqualTo(0.95);
    }

    @Test
    void shouldTellEstimatesFromNone() {
        assertThat(ChangeEstimate.none(0.9).hasEstimate()).isFalse();
        assertThat(ChangeEstimate.none(0.9).hasInterval()).isFalse();
        assertThat(new ChangeEstimate(0, -0.1, 0.1, 0.9).hasInterval()).isTrue();
        assertThat(TestResult.NONE.isValid()).isFalse();
        assertThat(new TestResult(1, 0.5).isValid()).isTrue();
    }

    @Property(tries = 200)
    void shouldReturnToItselfWhenInvertedTwice(@ForAll @DoubleRange(min = -0.9, max = 5) final double change,
            @ForAll @DoubleRange(min = 0, max = 0.5) final double width) {
        ChangeEstimate estimate = new ChangeEstimate(change, change - width * (1 + change), change + width, 0.95);

        ChangeEstimate twice = estimate.inverse().inverse();

        assertThat(twice.change()).isCloseTo(change, within(1e-9));
        assertThat(twice.lower()).isCloseTo(estimate.lower(), within(1e-9));
        assertThat(twice.upper()).isCloseTo(estimate.upper(), within(1e-9));
        assertThat(estimate.inverse().lower()).isLessThanOrEqualTo(estimate.inverse().upper());
    }
}
