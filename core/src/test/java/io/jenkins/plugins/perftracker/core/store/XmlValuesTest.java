package io.jenkins.plugins.perftracker.core.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.*;

class XmlValuesTest {
    @Property
    void shouldRoundTripAnyFiniteNumbersExactly(@ForAll final double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();

        double[] read = XmlValues.parseDoubles(XmlValues.doubles(finite));

        assertThat(read).hasSameSizeAs(finite);
        for (int i = 0; i < finite.length; i++) {
            assertThat(Double.doubleToRawLongBits(read[i])).isEqualTo(Double.doubleToRawLongBits(finite[i]));
        }
    }

    @Test
    void shouldReadNumbersSeparatedByAnyWhitespace() {
        assertThat(XmlValues.parseDoubles("  1\t2.5\n -3e2  ")).containsExactly(1, 2.5, -300);
        assertThat(XmlValues.parseDoubles("   ")).isEmpty();
        assertThat(XmlValues.doubles(new double[0])).isEmpty();
    }

    @Test
    void shouldNameTheNumberThatIsNoNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> XmlValues.parseDoubles("1 2 three"))
                .withMessage("number #3: a decimal number expected but was 'three'");
    }

    @Test
    void shouldParseIntegersWithinTheirRange() {
        assertThat(XmlValues.parseInt(" 42 ")).isEqualTo(42);
        assertThat(XmlValues.parseLong("-9000000000")).isEqualTo(-9_000_000_000L);
        assertThatIllegalArgumentException().isThrownBy(() -> XmlValues.parseInt("2147483648"))
                .withMessage("an integer up to 2147483647 expected but was 2147483648");
        assertThatIllegalArgumentException().isThrownBy(() -> XmlValues.parseLong("1.5"))
                .withMessage("an integer expected but was '1.5'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "TRUE", "1", ""})
    void shouldAcceptOnlyTrueOrFalse(final String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> XmlValues.parseBoolean(text))
                .withMessage("true or false expected but was '" + text + "'");
    }

    @Test
    void shouldParseBooleans() {
        assertThat(XmlValues.parseBoolean(" true ")).isTrue();
        assertThat(XmlValues.parseBoolean("false")).isFalse();
    }

    @Test
    void shouldKeepTheOffsetOfATime() {
        OffsetDateTime time = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(-11));

        assertThat(XmlValues.parseTime(time.toString())).isEqualTo(time);
        assertThat(XmlValues.parseTime("2024-05-01T10:00Z").getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThatIllegalArgumentException().isThrownBy(() -> XmlValues.parseTime("2024-05-01 10:00"))
                .withMessageContaining("an ISO-8601 time with offset");
    }
}
