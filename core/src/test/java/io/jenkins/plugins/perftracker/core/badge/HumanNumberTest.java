package io.jenkins.plugins.perftracker.core.badge;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class HumanNumberTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "12.345, 12.3", "100, 100", "999.4, 999", "999.5, 1k", "1234, 1.23k",
            "12345, 12.3k", "123456, 123k", "999999, 1M", "1500000, 1.5M", "2.5e9, 2.5G", "7e12, 7T",
            "0.5, 0.5", "0.012345, 0.0123", "0.0001, 0.0001", "0.00001234, 1.23e-5", "1.5e-7, 1.5e-7",
            "-1234, -1.23k", "-0.5, -0.5"})
    void shouldUseThreeSignificantDigitsAndSiSuffixes(final double value, final String text) {
        assertThat(HumanNumber.format(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.NEGATIVE_INFINITY})
    void shouldRefuseNonFiniteValues(final double value) {
        assertThatIllegalArgumentException().isThrownBy(() -> HumanNumber.format(value));
    }

    @Property
    void shouldStayShortAndCloseToTheValue(@ForAll @DoubleRange(min = 1e-3, max = 1e15) @Scale(6) final double value) {
        String text = HumanNumber.format(value);
        double back = parse(text);

        assertThat(text.length()).as("e.g. 0.00123 or 1.23k").isLessThanOrEqualTo(7);
        assertThat(back).isCloseTo(value, withinPercentage(0.5));
    }

    private static double parse(final String text) {
        String suffixes = "kMGTPE";
        char last = text.charAt(text.length() - 1);
        int index = suffixes.indexOf(last);
        return index < 0 ? Double.parseDouble(text)
                : Double.parseDouble(text.substring(0, text.length() - 1)) * Math.pow(1000, index + 1);
    }
}
