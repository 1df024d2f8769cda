package io.jenkins.plugins.perftracker.core.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.*;

class PerfTrackerRatioTest {
    /** Python 3 gives the same: round(100 * (103.5 / 100 - 1), 0) == 3.0, as 100 * 0.035 is 3.4999999999999... */
    @ParameterizedTest(name = "old {0}, new {1} -> {2}")
    @CsvSource({"100, 112, +12%", "112, 100, -12%", "100, 200, +100%", "200, 100, -100%", "100, 100, 0%",
            "0, 5, 0%", "5, 0, 0%", "100, 102.5, +2%", "100, 103.5, +3%", "100, 104.5, +4%", "100, 100.4, 0%"})
    void shouldShowTheRatioAsPerfTrackerDoes(final double older, final double newer, final String shown) {
        assertThat(PerfTrackerRatio.format(PerfTrackerRatio.symmetric(older, newer))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"2.5, 2", "3.5, 4", "-2.5, -2", "-0.4, 0", "12.51, 13"})
    void shouldRoundHalfToEvenLikePython(final double ratio, final long rounded) {
        assertThat(PerfTrackerRatio.rounded(ratio)).isEqualTo(rounded);
    }

    @Property(tries = 300)
    void shouldBeAntiSymmetric(@ForAll @DoubleRange(min = 0.01, max = 1e6) final double a,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) final double b) {
        assertThat(PerfTrackerRatio.symmetric(b, a)).isCloseTo(-PerfTrackerRatio.symmetric(a, b), within(1e-9));
    }

    @Property(tries = 300)
    void shouldNotDependOnTheUnit(@ForAll @DoubleRange(min = 0.01, max = 1e4) final double a,
            @ForAll @DoubleRange(min = 0.01, max = 1e4) final double b,
            @ForAll @DoubleRange(min = 0.01, max = 1e3) final double unit) {
        double plain = PerfTrackerRatio.symmetric(a, b);

        assertThat(PerfTrackerRatio.symmetric(a * unit, b * unit)).isCloseTo(plain, within(1e-6 * (1 + Math.abs(plain))));
    }
}
