package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class MissingValuesTest {
    private static final double NA = Double.NaN;

    @Test
    void shouldFillLikeOtava() {
        // Otava tests/analysis_test.py test_fill_missing
        assertThat(MissingValues.fill(new double[] {NA, NA, 1.0, 1.2, 0.5})).containsExactly(1.0, 1.0, 1.0, 1.2, 0.5);
        assertThat(MissingValues.fill(new double[] {1.0, 1.2, NA, NA, 4.3})).containsExactly(1.0, 1.2, 1.2, 1.2, 4.3);
        assertThat(MissingValues.fill(new double[] {1.0, 1.2, 0.5, NA, NA})).containsExactly(1.0, 1.2, 0.5, 0.5, 0.5);
    }

    @Test
    void shouldLeaveTheInputAloneAndAllMissingAsItIs() {
        double[] input = {NA, 2};

        MissingValues.fill(input);

        assertThat(Double.isNaN(input[0])).isTrue();
        assertThat(MissingValues.fill(new double[] {NA, NA})).containsOnly(NA);
        assertThat(MissingValues.firstValue(new double[] {NA, NA})).isEqualTo(-1);
        assertThat(MissingValues.firstValue(new double[] {NA, 3})).isEqualTo(1);
    }

    @Test
    void shouldRejectInfinityWithItsIndex() {
        assertThatIllegalArgumentException().isThrownBy(() -> MissingValues.fill(new double[] {1, NA,
                Double.NEGATIVE_INFINITY})).withMessage("value at index 2 is -Infinity; expected a finite number "
                + "or NaN for a missing value");
    }
}
